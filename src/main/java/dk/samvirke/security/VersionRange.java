package dk.samvirke.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A range of versions as interfaces.md §10 writes it: intervals separated by {@code ||}, each one or more
 * space-separated comparators ({@code <}, {@code <=}, {@code >}, {@code >=}, {@code =}) with a version, e.g.
 * {@code >=2.0.0 <2.4.3 || =1.9.9}. A version is in the range when it satisfies every comparator of at
 * least one interval. A version written without a comparator means {@code =}. An interval no version can
 * satisfy ({@code >=3 <2}) is an error, as is anything else that does not read.
 */
public final class VersionRange {

    private static final int MAX_LENGTH = 500;
    private static final Pattern TOKEN = Pattern.compile("(<=|>=|<|>|=)?\\s*([^\\s<>=|]*)");

    public enum Operator {
        LT("<"), LE("<="), GT(">"), GE(">="), EQ("=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        static Operator of(String symbol) {
            for (Operator o : values()) {
                if (o.symbol.equals(symbol)) {
                    return o;
                }
            }
            return EQ;
        }

        boolean test(int comparison) {
            return switch (this) {
                case LT -> comparison < 0;
                case LE -> comparison <= 0;
                case GT -> comparison > 0;
                case GE -> comparison >= 0;
                case EQ -> comparison == 0;
            };
        }

        public String symbol() {
            return symbol;
        }
    }

    public record Comparator(Operator operator, Version version) {
        boolean test(Version v) {
            return operator.test(v.compareTo(version));
        }

        @Override
        public String toString() {
            return operator.symbol + version;
        }
    }

    public record Interval(List<Comparator> comparators) {
        public Interval {
            comparators = List.copyOf(comparators);
        }

        public boolean contains(Version v) {
            return comparators.stream().allMatch(c -> c.test(v));
        }

        @Override
        public String toString() {
            return comparators.stream().map(Comparator::toString).collect(Collectors.joining(" "));
        }
    }

    private final List<Interval> intervals;

    private VersionRange(List<Interval> intervals) {
        this.intervals = List.copyOf(intervals);
    }

    /** The range, or a {@link VersionSyntaxException} naming the interval, the comparator and the reason. */
    public static VersionRange parse(String text) {
        if (text == null || text.isBlank()) {
            throw new VersionSyntaxException("the range is empty (e.g. '>=2.0.0 <2.4.3')");
        }
        if (text.length() > MAX_LENGTH) {
            throw new VersionSyntaxException("the range is longer than " + MAX_LENGTH + " characters");
        }
        String[] pieces = text.split("\\|\\|", -1);
        List<Interval> intervals = new ArrayList<>();
        for (int i = 0; i < pieces.length; i++) {
            String where = pieces.length == 1 ? "" : "interval " + (i + 1) + ": ";
            String piece = pieces[i].strip();
            if (piece.isEmpty()) {
                throw new VersionSyntaxException(where.isEmpty() ? "the range is empty"
                        : "interval " + (i + 1) + " is empty (nothing between '||')");
            }
            if (piece.contains("|")) {
                throw new VersionSyntaxException(where + "a single '|' — intervals are separated by '||'");
            }
            intervals.add(interval(where, piece));
        }
        return new VersionRange(intervals);
    }

    private static Interval interval(String where, String text) {
        List<Comparator> comparators = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int at = 0;
        while (at < text.length()) {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at >= text.length()) {
                break;
            }
            m.region(at, text.length());
            if (!m.lookingAt() || m.end() == at) {
                throw new VersionSyntaxException(where + "cannot read '" + text.substring(at) + "'");
            }
            String op = m.group(1);
            String version = m.group(2);
            if (version.isEmpty()) {
                String rest = text.substring(m.end()).strip();
                throw new VersionSyntaxException(where + "'" + (op == null ? rest : op) + "' has no version after it"
                        + (rest.startsWith("<") || rest.startsWith(">") || rest.startsWith("=")
                                ? " (comparators are '<', '<=', '>', '>=' and '=')" : ""));
            }
            if (op == null && !Character.isLetterOrDigit(version.charAt(0))) {
                throw new VersionSyntaxException(where + "'" + version.charAt(0)
                        + "' is not a comparator (comparators are '<', '<=', '>', '>=' and '=')");
            }
            try {
                comparators.add(new Comparator(Operator.of(op), Version.parse(version)));
            } catch (VersionSyntaxException e) {
                throw new VersionSyntaxException(where + "comparator '" + (op == null ? "" : op) + version + "': "
                        + e.getMessage());
            }
            at = m.end();
        }
        Interval interval = new Interval(comparators);
        if (isEmpty(interval)) {
            throw new VersionSyntaxException(where + "'" + interval + "' matches no version");
        }
        return interval;
    }

    /** True when the comparators' bounds leave no version: the greatest lower bound above the least upper one. */
    private static boolean isEmpty(Interval interval) {
        Comparator lower = null;
        Comparator upper = null;
        for (Comparator c : interval.comparators()) {
            switch (c.operator()) {
                case GT, GE -> lower = tighterLower(lower, c);
                case LT, LE -> upper = tighterUpper(upper, c);
                case EQ -> {
                    lower = tighterLower(lower, new Comparator(Operator.GE, c.version()));
                    upper = tighterUpper(upper, new Comparator(Operator.LE, c.version()));
                }
            }
        }
        if (lower == null || upper == null) {
            return false;
        }
        int cmp = lower.version().compareTo(upper.version());
        return cmp > 0 || (cmp == 0 && (lower.operator() == Operator.GT || upper.operator() == Operator.LT));
    }

    private static Comparator tighterLower(Comparator a, Comparator b) {
        if (a == null) {
            return b;
        }
        int cmp = a.version().compareTo(b.version());
        return cmp > 0 || (cmp == 0 && a.operator() == Operator.GT) ? a : b;
    }

    private static Comparator tighterUpper(Comparator a, Comparator b) {
        if (a == null) {
            return b;
        }
        int cmp = a.version().compareTo(b.version());
        return cmp < 0 || (cmp == 0 && a.operator() == Operator.LT) ? a : b;
    }

    public boolean contains(Version version) {
        return intervals.stream().anyMatch(i -> i.contains(version));
    }

    public List<Interval> intervals() {
        return intervals;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VersionRange r && r.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /** The range in its canonical form: comparators without spaces inside, intervals joined by {@code " || "}. */
    @Override
    public String toString() {
        return intervals.stream().map(Interval::toString).collect(Collectors.joining(" || "));
    }
}
