package dk.samvirke.catalogue;

import dk.samvirke.catalogue.CatalogueExceptions.InvalidProductChangeException;
import dk.samvirke.shared.FieldCheck;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks a person's edit of a product and turns it into clean values, or says what is wrong field by field. */
final class ProductChangeCheck {

    /** A BCP 47 tag's shape; publiccode.yml files bring the full check. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*");

    private final FieldCheck check = new FieldCheck();

    record Checked(String name, String summary, String website, String repository, String licence, LocalDate adoptedOn,
            LocalDate retiredOn, Map<String, ProductChange.DescriptionChange> descriptions) {
    }

    static Checked check(ProductChange change, String productKey) {
        return new ProductChangeCheck().run(change, productKey);
    }

    private Checked run(ProductChange c, String productKey) {
        if (c.key() != null && !c.key().equals(productKey)) {
            check.problem("key", "cannot be changed; it must be '" + productKey + "' or left out");
        }
        // the product's own rules (ProductRules); a field left out (null) is not checked and stays as it is
        String name = c.name() == null ? null : ProductRules.name(c.name(), check);
        String summary = ProductRules.summary(c.summary(), check);
        String website = ProductRules.url("website", c.website(), check);
        String repository = ProductRules.url("repository", c.repository(), check);
        String licence = ProductRules.licence(c.licence(), check);
        LocalDate adopted = ProductRules.date("adoptedOn", c.adoptedOn(), check);
        LocalDate retired = ProductRules.date("retiredOn", c.retiredOn(), check);
        Map<String, ProductChange.DescriptionChange> descriptions = new LinkedHashMap<>();
        if (c.descriptions() != null) {
            c.descriptions().forEach((language, d) -> {
                String field = "descriptions." + language;
                if (language == null || !LANGUAGE.matcher(language).matches() || language.length() > 100) {
                    check.problem(field, "must be a language tag such as da or en");
                } else if (d == null || d.isEmpty()) {
                    descriptions.put(language, null);
                } else {
                    descriptions.put(language, new ProductChange.DescriptionChange(
                            check.text(field + ".localisedName", d.localisedName(), false, 300),
                            check.text(field + ".shortDescription", d.shortDescription(), false, 1000),
                            check.text(field + ".longDescription", d.longDescription(), false, 20_000),
                            d.features() == null ? List.of()
                                    : d.features().stream().filter(f -> f != null && !f.isBlank()).map(String::strip).toList()));
                }
            });
        }
        check.orThrow(InvalidProductChangeException::new);
        return new Checked(name, summary, website, repository, licence, adopted, retired, descriptions);
    }
}
