package dk.samvirke.catalogue;

import dk.samvirke.shared.Period;

/**
 * The catalogue's definition of interfaces.md §3 as a SQL condition, for the queries of any module
 * that counts as of a date; {@link Product#isManagedOn} says the same in Java.
 */
public final class ProductSql {

    private ProductSql() {
    }

    /** Managed by the association on the date: adopted (or no adoption date) and not yet retired. */
    public static String managedOn(String alias, String date) {
        return Period.sql(alias + ".adopted_on", alias + ".retired_on", date);
    }

    /** The catalogue's one licence rule: SPDX identifiers are compared without regard to case. */
    public static String licenceIs(String alias, String licenceParameter) {
        return "lower(" + alias + ".licence) = lower(" + licenceParameter + ")";
    }
}
