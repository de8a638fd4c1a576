package dk.samvirke.harvest;

import java.util.HashMap;
import java.util.Map;

/**
 * A {@code .mailmap}, read and applied exactly as git's {@code mailmap.c} does, so that authors
 * are the ones {@code git log --use-mailmap} shows. The four forms:
 * <pre>
 * Proper Name &lt;commit@email&gt;
 * &lt;proper@email&gt; &lt;commit@email&gt;
 * Proper Name &lt;proper@email&gt; &lt;commit@email&gt;
 * Proper Name &lt;proper@email&gt; Commit Name &lt;commit@email&gt;
 * </pre>
 * E-mails and names are matched ignoring ASCII case, as git's {@code strcasecmp} does; later lines win.
 */
final class Mailmap {

    static final Mailmap EMPTY = new Mailmap();

    private final Map<String, Entry> byEmail = new HashMap<>();

    private Mailmap() {
    }

    static Mailmap parse(String text) {
        Mailmap map = new Mailmap();
        for (String line : text.split("\n", -1)) {
            map.readLine(line);
        }
        return map;
    }

    boolean isEmpty() {
        return byEmail.isEmpty();
    }

    /** The identity git shows for a commit's author name and e-mail. */
    Identity map(String name, String email) {
        Entry entry = byEmail.get(fold(email));
        if (entry == null) {
            return new Identity(name, email);
        }
        Info info = entry.simple;
        if (!entry.byName.isEmpty()) {
            Info named = entry.byName.get(fold(name));
            if (named != null) {
                info = named;
            }
        }
        return new Identity(info.name != null ? info.name : name, info.email != null ? info.email : email);
    }

    private void readLine(String line) {
        if (line.startsWith("#")) {
            return;
        }
        Parsed first = parseNameAndEmail(line, 0, false);
        if (first == null) {
            return;
        }
        String name2 = null;
        String email2 = null;
        if (first.rest >= 0) {
            Parsed second = parseNameAndEmail(line, first.rest, true);
            if (second != null) {
                name2 = second.name;
                email2 = second.email;
            }
        }
        add(first.name, first.email, name2, email2);
    }

    private void add(String newName, String newEmail, String oldName, String oldEmail) {
        if (oldEmail == null) {
            oldEmail = newEmail;
            newEmail = null;
        }
        Entry entry = byEmail.computeIfAbsent(fold(oldEmail), k -> new Entry());
        if (oldName == null) {
            if (newName != null) {
                entry.simple.name = newName;
            }
            if (newEmail != null) {
                entry.simple.email = newEmail;
            }
        } else {
            Info info = new Info();
            info.name = newName;
            info.email = newEmail;
            entry.byName.put(fold(oldName), info);
        }
    }

    /** git's parse_name_and_email: a name (trimmed, possibly absent) and the text between the next {@code <} and {@code >}. */
    private static Parsed parseNameAndEmail(String s, int from, boolean allowEmptyEmail) {
        int left = s.indexOf('<', from);
        if (left < 0) {
            return null;
        }
        int right = s.indexOf('>', left + 1);
        if (right < 0) {
            return null;
        }
        if (!allowEmptyEmail && left + 1 == right) {
            return null;
        }
        int nameStart = from;
        while (nameStart < left && isSpace(s.charAt(nameStart))) {
            nameStart++;
        }
        int nameEnd = left - 1;
        while (nameEnd > nameStart && isSpace(s.charAt(nameEnd))) {
            nameEnd--;
        }
        String name = nameStart <= nameEnd ? s.substring(nameStart, nameEnd + 1) : null;
        return new Parsed(name, s.substring(left + 1, right), right + 1 < s.length() ? right + 1 : -1);
    }

    /** C's isspace in the C locale. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }

    /** strcasecmp folds ASCII letters only. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return chars == null ? s : new String(chars);
    }

    record Identity(String name, String email) {
    }

    private record Parsed(String name, String email, int rest) {
    }

    private static final class Info {
        String name;
        String email;
    }

    private static final class Entry {
        final Info simple = new Info();
        final Map<String, Info> byName = new HashMap<>();
    }
}
