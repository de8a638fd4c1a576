package dk.samvirke.catalogue;

import java.util.List;
import java.util.Map;

/**
 * A person's edit of a product page, as a form or {@code PUT /api/v1/products/{key}} sends it. A field
 * left out (null) stays as it is; a field sent empty is cleared (the name cannot be). {@code key} may be
 * sent but must be the product's own. {@code name}, {@code adoptedOn} and {@code retiredOn} are for
 * administrators; anyone else must send the current values or leave them out.
 *
 * @param descriptions per language; languages not sent stay as they are, a language sent with every
 *                     field empty is removed
 */
public record ProductChange(String key, String name, String summary, String website, String repository, String licence,
        String adoptedOn, String retiredOn, Map<String, DescriptionChange> descriptions) {

    public record DescriptionChange(String localisedName, String shortDescription, String longDescription,
            List<String> features) {

        boolean isEmpty() {
            return blank(localisedName) && blank(shortDescription) && blank(longDescription)
                    && (features == null || features.stream().allMatch(DescriptionChange::blank));
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
