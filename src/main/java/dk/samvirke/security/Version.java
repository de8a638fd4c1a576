package dk.samvirke.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A product version as interfaces.md §10 compares them: part by part on {@code .} and {@code -}, numeric
 * parts as numbers, other parts as text, a missing part counting as 0 ({@code 2.4} = {@code 2.4.0}), a
 * leading {@code v} ignored ({@code v2.4.2} = {@code 2.4.2}) and a pre-release before its release
 * ({@code 2.4.3-rc.1} &lt; {@code 2.4.3}). Not string comparison: {@code 2.10.0} &gt; {@code 2.9}.
 *
 * <p>The release is what comes before the first {@code -}; what follows is the pre-release. Within either,
 * a numeric part comes before a text part (as in Semantic Versioning); text parts compare without regard
 * to case. Build metadata after a {@code +} is ignored. A version is <em>unreadable</em> when its first part
 * (after the optional {@code v}) is not a number: {@code ukendt}, {@code latest}, empty.
 */
public final class Version implements Comparable<Version> {

    private static final int MAX_LENGTH = 100;

    private final String text;
    private final List<Object> release;
    private final List<Object> preRelease;

    private Version(String text, List<Object> release, List<Object> preRelease) {
        this.text = text;
        this.release = release;
        this.preRelease = preRelease;
    }

    /** The version, or a {@link VersionSyntaxException} saying which part is wrong and why. */
    public static Version parse(String text) {
        if (text == null || text.isBlank()) {
            throw new VersionSyntaxException("the version is empty");
        }
        String v = text.strip();
        if (v.length() > MAX_LENGTH) {
            throw new VersionSyntaxException("the version is longer than " + MAX_LENGTH + " characters");
        }
        String body = v.startsWith("v") || v.startsWith("V") ? v.substring(1) : v;
        int plus = body.indexOf('+');
        if (plus >= 0) {
            String build = body.substring(plus + 1);
            if (build.isEmpty() || !build.matches("[0-9A-Za-z.-]+")) {
                throw new VersionSyntaxException("version '" + v + "': the build metadata after '+' must be letters, digits, '.' and '-'");
            }
            body = body.substring(0, plus);
        }
        if (body.isEmpty()) {
            throw new VersionSyntaxException("version '" + v + "' has no number");
        }
        int dash = body.indexOf('-');
        String releaseText = dash < 0 ? body : body.substring(0, dash);
        String preText = dash < 0 ? null : body.substring(dash + 1);
        List<Object> release = parts(v, releaseText, "release");
        if (!(release.get(0) instanceof Long)) {
            throw new VersionSyntaxException("version '" + v + "': the first part '" + release.get(0) + "' is not a number");
        }
        while (release.size() > 1 && Long.valueOf(0).equals(release.get(release.size() - 1))) {
            release.remove(release.size() - 1);
        }
        List<Object> pre = List.of();
        if (preText != null) {
            if (preText.isEmpty()) {
                throw new VersionSyntaxException("version '" + v + "': nothing follows the '-' (a pre-release such as 'rc.1' was expected)");
            }
            pre = parts(v, preText.replace('-', '.'), "pre-release");
            while (pre.size() > 1 && Long.valueOf(0).equals(pre.get(pre.size() - 1))) {
                pre.remove(pre.size() - 1);
            }
        }
        return new Version(v, List.copyOf(release), List.copyOf(pre));
    }

    /** The version if it is readable (§10), else empty: a null, blank or unreadable version. */
    public static Optional<Version> readable(String text) {
        try {
            return Optional.of(parse(text));
        } catch (VersionSyntaxException e) {
            return Optional.empty();
        }
    }

    private static List<Object> parts(String whole, String text, String where) {
        List<Object> parts = new ArrayList<>();
        String[] pieces = text.split("\\.", -1);
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            if (piece.isEmpty()) {
                throw new VersionSyntaxException("version '" + whole + "': part " + (i + 1) + " of the " + where
                        + " is empty (two separators in a row, or one at the end)");
            }
            for (int c = 0; c < piece.length(); c++) {
                char ch = piece.charAt(c);
                if (!(ch >= '0' && ch <= '9') && !(ch >= 'a' && ch <= 'z') && !(ch >= 'A' && ch <= 'Z')) {
                    throw new VersionSyntaxException("version '" + whole + "': part '" + piece + "' contains '" + ch
                            + "' (only letters and digits, separated by '.' and '-')");
                }
            }
            if (piece.chars().allMatch(Character::isDigit)) {
                if (piece.length() > 18) {
                    throw new VersionSyntaxException("version '" + whole + "': the number " + piece + " is too large");
                }
                parts.add(Long.parseLong(piece));
            } else {
                parts.add(piece.toLowerCase(Locale.ROOT));
            }
        }
        return parts;
    }

    public boolean isPreRelease() {
        return !preRelease.isEmpty();
    }

    @Override
    public int compareTo(Version other) {
        int c = compareParts(release, other.release);
        if (c != 0) {
            return c;
        }
        if (preRelease.isEmpty() || other.preRelease.isEmpty()) {
            return Boolean.compare(preRelease.isEmpty(), other.preRelease.isEmpty());
        }
        return compareParts(preRelease, other.preRelease);
    }

    private static int compareParts(List<Object> a, List<Object> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            Object x = i < a.size() ? a.get(i) : 0L;
            Object y = i < b.size() ? b.get(i) : 0L;
            int c;
            if (x instanceof Long n && y instanceof Long m) {
                c = Long.compare(n, m);
            } else if (x instanceof String s && y instanceof String t) {
                c = s.compareTo(t);
            } else {
                c = x instanceof Long ? -1 : 1; // a number before text
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Version v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * release.hashCode() + preRelease.hashCode();
    }

    /** The version as written (trimmed). */
    @Override
    public String toString() {
        return text;
    }
}
