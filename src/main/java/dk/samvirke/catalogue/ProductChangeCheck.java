package dk.samvirke.catalogue;

import dk.samvirke.catalogue.CatalogueExceptions.InvalidProductChangeException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks a person's edit of a product and turns it into clean values, or says what is wrong field by field. */
final class ProductChangeCheck {

    /** A BCP 47 tag's shape; publiccode.yml files bring the full check. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*");

    private final Map<String, String> problems = new LinkedHashMap<>();

    record Checked(String name, String summary, String website, String repository, String licence, LocalDate adoptedOn,
            LocalDate retiredOn, Map<String, ProductChange.DescriptionChange> descriptions) {
    }

    static Checked check(ProductChange change, String productKey) {
        return new ProductChangeCheck().run(change, productKey);
    }

    private Checked run(ProductChange c, String productKey) {
        if (c.key() != null && !c.key().equals(productKey)) {
            problems.put("key", "cannot be changed; it must be '" + productKey + "' or left out");
        }
        String name = text("name", c.name(), 300);
        if (c.name() != null && name == null) {
            problems.put("name", "must not be empty");
        }
        String summary = text("summary", c.summary(), 4000);
        String website = url("website", c.website());
        String repository = url("repository", c.repository());
        String licence = text("licence", c.licence(), 300);
        LocalDate adopted = date("adoptedOn", c.adoptedOn());
        LocalDate retired = date("retiredOn", c.retiredOn());
        Map<String, ProductChange.DescriptionChange> descriptions = new LinkedHashMap<>();
        if (c.descriptions() != null) {
            c.descriptions().forEach((language, d) -> {
                String field = "descriptions." + language;
                if (language == null || !LANGUAGE.matcher(language).matches() || language.length() > 100) {
                    problems.put(field, "must be a language tag such as da or en");
                } else if (d == null || d.isEmpty()) {
                    descriptions.put(language, null);
                } else {
                    descriptions.put(language, new ProductChange.DescriptionChange(
                            text(field + ".localisedName", d.localisedName(), 300),
                            text(field + ".shortDescription", d.shortDescription(), 1000),
                            text(field + ".longDescription", d.longDescription(), 20_000),
                            d.features() == null ? List.of()
                                    : d.features().stream().filter(f -> f != null && !f.isBlank()).map(String::strip).toList()));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidProductChangeException(problems);
        }
        return new Checked(name, summary, website, repository, licence, adopted, retired, descriptions);
    }

    private String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            problems.put(field, "must have at most " + max + " characters");
        }
        return v;
    }

    private String url(String field, String value) {
        String v = text(field, value, 500);
        if (v == null) {
            return null;
        }
        try {
            var uri = new URI(v);
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                problems.put(field, "must be a web address starting with https://");
            }
        } catch (URISyntaxException e) {
            problems.put(field, "must be a web address starting with https://");
        }
        return v;
    }

    private LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.put(field, "must be a date YYYY-MM-DD");
            return null;
        }
    }
}
