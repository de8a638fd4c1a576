package dk.samvirke.people;

import dk.samvirke.shared.Period;

/** The people module's definition of interfaces.md §3 as a SQL condition; {@link Participation#isActiveOn} says it in Java. */
public final class ParticipationSql {

    private ParticipationSql() {
    }

    /** Active on the date: within [since, until). */
    public static String activeOn(String participation, String date) {
        return Period.sql(participation + ".since", participation + ".until", date);
    }
}
