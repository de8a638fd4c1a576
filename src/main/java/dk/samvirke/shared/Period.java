package dk.samvirke.shared;

import java.time.LocalDate;

/**
 * A half-open period [from, to): in force on a date D when from is empty or ≤ D, and to is empty
 * or after D. Every "as of a date" figure in Samvirke is built on this one rule.
 */
public record Period(LocalDate from, LocalDate to) {

    public static boolean includes(LocalDate from, LocalDate to, LocalDate date) {
        return (from == null || !from.isAfter(date)) && (to == null || to.isAfter(date));
    }

    public boolean includes(LocalDate date) {
        return includes(from, to, date);
    }
}
