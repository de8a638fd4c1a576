package dk.samvirke.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A half-open period [from, to): in force on a date D when from is empty or ≤ D, and to is empty
 * or after D. Every "as of a date" figure in Samvirke is built on this one rule, in Java
 * ({@link #includes}) and in SQL ({@link #sql}).
 */
public record Period(LocalDate from, LocalDate to) {

    public static boolean includes(LocalDate from, LocalDate to, LocalDate date) {
        return (from == null || !from.isAfter(date)) && (to == null || to.isAfter(date));
    }

    public boolean includes(LocalDate date) {
        return includes(from, to, date);
    }

    /**
     * The same rule as a SQL condition on two date columns and a date parameter, e.g.
     * {@code sql("u.since", "u.until", ":d")}.
     */
    public static String sql(String fromColumn, String toColumn, String date) {
        return "(" + fromColumn + " is null or " + fromColumn + " <= " + date + ") and (" + toColumn + " is null or "
                + toColumn + " > " + date + ")";
    }

    /** Whether two periods share a day; an empty period ({@code from} equal to {@code to}) shares none. */
    public boolean overlaps(Period other) {
        return before(from, other.to) && before(other.from, to) && !isEmpty() && !other.isEmpty();
    }

    public boolean isEmpty() {
        return from != null && to != null && !to.isAfter(from);
    }

    /** {@code start} is before {@code end}, an empty start being the beginning of time and an empty end its end. */
    private static boolean before(LocalDate start, LocalDate end) {
        return start == null || end == null || start.isBefore(end);
    }

    /** A pair of positions (in the list given) whose periods overlap. */
    public record Overlap(int first, int second) {
    }

    /** Every pair of periods in the list that overlap, in list order. */
    public static List<Overlap> overlaps(List<Period> periods) {
        List<Overlap> found = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            for (int j = i + 1; j < periods.size(); j++) {
                if (periods.get(i).overlaps(periods.get(j))) {
                    found.add(new Overlap(i, j));
                }
            }
        }
        return found;
    }
}
