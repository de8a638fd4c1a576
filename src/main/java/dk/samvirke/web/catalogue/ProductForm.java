package dk.samvirke.web.catalogue;

import dk.samvirke.catalogue.ProductChange;
import dk.samvirke.catalogue.ProductChange.DescriptionChange;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The edit form of a product page, bound from the POST. Only what the form shows: {@code name} and the
 * lifecycle dates arrive only from an administrator's form (null otherwise: unchanged). Texts are
 * taken with line breaks as the browser sends them (CR LF) turned into plain line feeds, so an
 * untouched field compares equal to what is stored and is not marked as edited.
 */
public record ProductForm(String name, String summary, String website, String repository, String licence,
        String adoptedOn, String retiredOn, String daName, String daShort, String daLong, String daFeatures,
        String enName, String enShort, String enLong, String enFeatures, Long version) {

    static ProductForm of(ProductPage p) {
        var da = description(p, "da");
        var en = description(p, "en");
        return new ProductForm(p.name(), p.summary(), p.website(), p.repository(), p.licence(),
                p.adoptedOn() == null ? "" : p.adoptedOn().toString(), p.retiredOn() == null ? "" : p.retiredOn().toString(),
                da == null ? null : da.localisedName(), da == null ? null : da.shortDescription(),
                da == null ? null : da.longDescription(), da == null ? null : String.join("\n", da.features()),
                en == null ? null : en.localisedName(), en == null ? null : en.shortDescription(),
                en == null ? null : en.longDescription(), en == null ? null : String.join("\n", en.features()),
                p.version());
    }

    ProductChange toChange() {
        Map<String, DescriptionChange> descriptions = new LinkedHashMap<>();
        descriptions.put("da", new DescriptionChange(text(daName), text(daShort), text(daLong), lines(daFeatures)));
        descriptions.put("en", new DescriptionChange(text(enName), text(enShort), text(enLong), lines(enFeatures)));
        return new ProductChange(null, text(name), empty(summary), empty(website), empty(repository), empty(licence),
                text(adoptedOn), text(retiredOn), descriptions);
    }

    private static ProductPage.Description description(ProductPage p, String language) {
        return p.publiccode().descriptions().stream().filter(d -> d.language().equals(language)).findFirst().orElse(null);
    }

    private static String text(String value) {
        return value == null ? null : value.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A field the form always shows: absent from the POST means empty. */
    private static String empty(String value) {
        return value == null ? "" : text(value);
    }

    private static List<String> lines(String value) {
        return value == null ? List.of() : Arrays.stream(text(value).split("\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
