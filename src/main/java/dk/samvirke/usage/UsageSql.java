package dk.samvirke.usage;

import dk.samvirke.catalogue.ProductSql;
import dk.samvirke.organisations.OrganisationSql;
import dk.samvirke.shared.Period;

/**
 * The usage module's definitions of interfaces.md §3 as SQL conditions, for queries of any module
 * that counts as of a date; {@link Usage#isActiveOn} says the first in Java.
 */
public final class UsageSql {

    private UsageSql() {
    }

    /** Status pilot or production, and the date within [since, until). */
    public static String activeOn(String usage, String date) {
        return usage + ".status in ('pilot', 'production') and " + Period.sql(usage + ".since", usage + ".until", date);
    }

    /**
     * A usage that counts on the date (§3's active usage of a managed product): active, its organisation
     * exists, and the association manages the product. A retired product has no current users, only
     * former ones.
     */
    public static String currentOn(String usage, String organisation, String product, String date) {
        return activeOn(usage, date) + " and " + OrganisationSql.existsOn(organisation, date) + " and "
                + ProductSql.managedOn(product, date);
    }
}
