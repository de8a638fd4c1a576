package dk.samvirke.harvest;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.util.RawParseUtils;

/**
 * Commits counted per raw author line ({@code Name <email>}), before any .mailmap: a repository has
 * few distinct authors and many commits, so the mailmap is applied once per author, not per commit.
 * The author line is split as git's {@code split_ident_line} does.
 */
final class AuthorTally {

    private final Map<Key, Count> counts = new HashMap<>();

    /** Counts one commit from its raw buffer; commits without an author line are ignored, as git log shows none. */
    void add(byte[] raw) {
        int start = RawParseUtils.author(raw, 0);
        if (start < 0) {
            return;
        }
        int lineEnd = RawParseUtils.nextLF(raw, start);
        int mailBegin = -1;
        for (int i = start; i < lineEnd; i++) {
            if (raw[i] == '<') {
                mailBegin = i + 1;
                break;
            }
        }
        if (mailBegin < 0) {
            return;
        }
        int mailEnd = -1;
        for (int i = mailBegin; i < lineEnd; i++) {
            if (raw[i] == '>') {
                mailEnd = i;
                break;
            }
        }
        if (mailEnd < 0) {
            return;
        }
        long when = parseTime(raw, mailEnd + 1, lineEnd);
        Key key = new Key(raw, start, mailEnd);
        Count count = counts.get(key);
        if (count == null) {
            counts.put(key.copy(), new Count(when));
        } else {
            count.add(when);
        }
    }

    /** Each raw identity with its name and e-mail as git prints them (%an, %ae). */
    void forEach(IdentityConsumer consumer) {
        counts.forEach((key, count) -> {
            byte[] b = key.bytes;
            int lt = key.indexOf('<');
            int nameEnd = lt - 1;
            while (nameEnd >= key.from && Mailmap.isSpace((char) b[nameEnd])) {
                nameEnd--;
            }
            String name = decode(b, key.from, nameEnd + 1);
            String email = decode(b, lt + 1, key.to);
            consumer.accept(name, email, count.commits, count.first, count.last);
        });
    }

    int identities() {
        return counts.size();
    }

    private static String decode(byte[] b, int from, int to) {
        return from >= to ? "" : new String(b, from, to - from, StandardCharsets.UTF_8);
    }

    private static long parseTime(byte[] raw, int from, int to) {
        int i = from;
        while (i < to && Mailmap.isSpace((char) raw[i])) {
            i++;
        }
        long value = 0;
        boolean any = false;
        while (i < to && raw[i] >= '0' && raw[i] <= '9' && value < Long.MAX_VALUE / 10) {
            value = value * 10 + (raw[i] - '0');
            any = true;
            i++;
        }
        return any ? value : 0;
    }

    @FunctionalInterface
    interface IdentityConsumer {
        void accept(String name, String email, int commits, long firstEpochSecond, long lastEpochSecond);
    }

    private static final class Count {
        int commits;
        long first;
        long last;

        Count(long when) {
            commits = 1;
            first = when;
            last = when;
        }

        void add(long when) {
            commits++;
            first = Math.min(first, when);
            last = Math.max(last, when);
        }
    }

    /** A byte range of a commit buffer, hashed and compared without copying while it is only looked up. */
    private static final class Key {
        final byte[] bytes;
        final int from;
        final int to;
        final int hash;

        Key(byte[] bytes, int from, int to) {
            this.bytes = bytes;
            this.from = from;
            this.to = to;
            int h = 1;
            for (int i = from; i < to; i++) {
                h = 31 * h + bytes[i];
            }
            this.hash = h;
        }

        Key copy() {
            byte[] own = new byte[to - from];
            System.arraycopy(bytes, from, own, 0, own.length);
            return new Key(own, 0, own.length);
        }

        int indexOf(char c) {
            for (int i = from; i < to; i++) {
                if (bytes[i] == c) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key k) || k.hash != hash || k.to - k.from != to - from) {
                return false;
            }
            for (int i = 0; i < to - from; i++) {
                if (bytes[from + i] != k.bytes[k.from + i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
