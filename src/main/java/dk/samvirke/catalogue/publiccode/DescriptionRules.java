package dk.samvirke.catalogue.publiccode;

import static dk.samvirke.catalogue.publiccode.Violations.list;
import static dk.samvirke.catalogue.publiccode.Violations.stringOrEmpty;
import static dk.samvirke.catalogue.publiccode.Violations.struct;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Field rules for {@code description}: languages, lengths (in graphemes), URLs, features. */
final class DescriptionRules {

    private static final Pattern ALPHA = Pattern.compile("[A-Za-z]+");

    private DescriptionRules() {
    }

    /**
     * The reference writes {@code description.en} but {@code description[en-US]}: its key
     * rewriting only unbrackets purely alphabetic map keys.
     */
    static String keyOf(String language) {
        return ALPHA.matcher(language).matches() ? "description." + language : "description[" + language + "]";
    }

    static void check(Map<String, Object> root, Violations v) {
        Map<String, Object> description = struct(root, "description");
        if (description == null || description.isEmpty()) {
            v.error("description", Messages.moreThanZeroItems("description"));
            return;
        }
        for (String language : description.keySet()) {
            if (!Bcp47.isValid(language)) {
                v.error("description", Messages.language("description"));
                return;
            }
        }
        for (Map.Entry<String, Object> e : description.entrySet()) {
            checkLanguage(keyOf(e.getKey()) + ".", Violations.asStruct(e.getValue()), v);
        }
    }

    private static void checkLanguage(String prefix, Map<String, Object> desc, Violations v) {
        String genericName = stringOrEmpty(desc, "genericName");
        if (Graphemes.count(genericName) > 35) {
            v.error(prefix + "genericName", Messages.maxLength("genericName", 35));
        }
        String shortDescription = stringOrEmpty(desc, "shortDescription");
        if (shortDescription.isEmpty()) {
            v.error(prefix + "shortDescription", Messages.required("shortDescription"));
        } else if (Graphemes.count(shortDescription) > 150) {
            v.error(prefix + "shortDescription", Messages.maxLength("shortDescription", 150));
        }
        String longDescription = stringOrEmpty(desc, "longDescription");
        int longLength = Graphemes.count(longDescription);
        if (longDescription.isEmpty()) {
            v.error(prefix + "longDescription", Messages.required("longDescription"));
        } else if (longLength < 150) {
            v.error(prefix + "longDescription", Messages.minLength("longDescription", 150));
        } else if (longLength > 10000) {
            v.error(prefix + "longDescription", Messages.maxLength("longDescription", 10000));
        }
        CoreRules.httpUrl(desc, "documentation", prefix, v);
        CoreRules.httpUrl(desc, "apiDocumentation", prefix, v);
        List<Object> features = list(desc, "features");
        if (features == null || features.isEmpty()) {
            v.error(prefix + "features", Messages.moreThanZeroItems("features"));
        }
        List<Object> videos = list(desc, "videos");
        if (videos != null) {
            for (int i = 0; i < videos.size(); i++) {
                if (!FormatChecks.isHttpUrl((String) videos.get(i))) {
                    v.error(prefix + "videos[" + i + "]", Messages.httpUrl("videos[" + i + "]"));
                }
            }
        }
    }
}
