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

    /** The product's English short description (publiccode.yml's {@code description.en.shortDescription}), or null. */
    public static String englishSummary(String alias) {
        return "(select nullif(trim(d.short_description), '') from product_description d where d.product_id = " + alias
                + ".id and d.language = 'en')";
    }

    /**
     * The summary a page in this language shows: on an English page the English short description where there
     * is one, the summary otherwise; Danish pages show the summary.
     */
    public static String summaryIn(java.util.Locale locale, String summary, String englishSummary) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && englishSummary != null && !englishSummary.isBlank() ? englishSummary : summary;
    }
}
