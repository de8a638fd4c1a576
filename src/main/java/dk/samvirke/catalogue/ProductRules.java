package dk.samvirke.catalogue;

import dk.samvirke.shared.FieldCheck;
import java.time.LocalDate;

/**
 * The rules of a product record, in one place: the importer, {@code PUT /api/v1/products/{key}} and
 * the edit page all check through here (interfaces.md §2). Field names are the API's.
 */
public final class ProductRules {

    static final int NAME = 300;
    static final int SUMMARY = 4000;

    private ProductRules() {
    }

    /** A product as text, field by field, as a CSV row brings it. */
    public record Input(String name, String summary, String owner, String repository, String licence, String website,
            String adoptedOn, String retiredOn) {
    }

    /** The record's own fields; the owner is the caller's to resolve. */
    public static ProductDetails check(Input in, FieldCheck check) {
        String name = name(in.name(), check);
        String summary = summary(in.summary(), check);
        String owner = check.key("owner", in.owner(), false);
        String repository = url("repository", in.repository(), check);
        String licence = licence(in.licence(), check);
        String website = url("website", in.website(), check);
        LocalDate adopted = date("adoptedOn", in.adoptedOn(), check);
        LocalDate retired = date("retiredOn", in.retiredOn(), check);
        lifecycle(adopted, retired, check);
        return new ProductDetails(name, summary, owner, repository, licence, website, adopted, retired);
    }

    static String name(String value, FieldCheck check) {
        return check.text("name", value, true, NAME);
    }

    static String summary(String value, FieldCheck check) {
        return check.text("summary", value, false, SUMMARY);
    }

    static String url(String field, String value, FieldCheck check) {
        return check.webUrl(field, value);
    }

    static String licence(String value, FieldCheck check) {
        return check.spdxExpression("licence", value);
    }

    static LocalDate date(String field, String value, FieldCheck check) {
        return check.date(field, value);
    }

    static void lifecycle(LocalDate adopted, LocalDate retired, FieldCheck check) {
        check.notBefore(adopted, "adoptedOn", retired, "retiredOn");
    }
}
