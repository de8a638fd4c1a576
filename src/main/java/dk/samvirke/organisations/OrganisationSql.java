package dk.samvirke.organisations;

import dk.samvirke.shared.Period;

/**
 * The organisation's definitions of interfaces.md §3 as SQL conditions, for the queries of any module
 * that counts as of a date; {@link Organisation#existsOn} and {@link Organisation#isMemberOn} say the
 * same in Java. {@code alias} is the query's alias of the {@code organisation} table, {@code date} a
 * parameter such as {@code :d}.
 */
public final class OrganisationSql {

    private OrganisationSql() {
    }

    /** Founded on or before the date (or no founding date) and not yet dissolved. */
    public static String existsOn(String alias, String date) {
        return Period.sql(alias + ".founded_on", alias + ".dissolved_on", date);
    }

    /** Exists, and has a membership period that includes the date. */
    public static String memberOn(String alias, String date) {
        return existsOn(alias, date) + " and exists (select 1 from membership om where om.organisation_id = " + alias
                + ".id and " + Period.sql("om.since", "om.until", date) + ")";
    }
}
