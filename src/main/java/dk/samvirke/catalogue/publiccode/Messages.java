package dk.samvirke.catalogue.publiccode;

import java.util.List;

/**
 * The wording of findings. These strings are the reference parser's (its own translations and
 * go-playground/validator's English ones), because tools and people match on them.
 */
final class Messages {

    static final String VOCABULARY = "https://github.com/publiccodeyml/publiccode.yml/blob/main/docs/standard/";
    static final String IPA_VOCABULARY = "https://github.com/publiccodeyml/italian-organizations-ipa-vocabulary";
    static final String DEPRECATED_DROP = "This key is DEPRECATED and will be removed in the future. It's safe to drop it";

    private Messages() {
    }

    static String required(String field) {
        return field + " is a required field";
    }

    static String requiredWhen(String field, String otherField, String value) {
        return field + " is a required field when \"" + otherField + "\" is \"" + value + "\"";
    }

    static String excludedUnless(String field, String otherField, String value) {
        return field + " must not be present unless \"" + otherField + "\" is \"" + value + "\"";
    }

    static String moreThanZeroItems(String field) {
        return field + " must contain more than 0 items";
    }

    static String oneOf(String field, List<String> values) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                s.append(i == values.size() - 1 ? " or " : ", ");
            }
            s.append('"').append(values.get(i)).append('"');
        }
        return field + " must be one of the following: " + s;
    }

    static String url(String field) {
        return field + " must be a valid URL";
    }

    static String httpUrl(String field) {
        return field + " must be an HTTP URL";
    }

    static String date(String field) {
        return field + " must be a date with format 'YYYY-MM-DD'";
    }

    static String email(String field) {
        return field + " must be a valid email address";
    }

    static String mimeType(String field) {
        return field + " is not a valid MIME type";
    }

    static String maxLength(String field, int max) {
        return field + " must be a maximum of " + max + " characters in length";
    }

    static String minLength(String field, int min) {
        return field + " must be at least " + min + " characters in length";
    }

    static String invalidUri(String field) {
        return field + " is not a valid URI";
    }

    static String invalidItalianPaUri(String field) {
        return field + " must be a valid Italian Public Administration Code (iPA) with format "
                + "'urn:x-italian-pa:[codiceIPA]' (see " + IPA_VOCABULARY + ")";
    }

    static String ipaCode(String field) {
        return field + " must be a valid Italian Public Administration Code (iPA) (see " + IPA_VOCABULARY + ")";
    }

    static String license(String field) {
        return field + " must be a valid license (see https://spdx.org/licenses)";
    }

    static String category(String field) {
        return field + " must be a valid category (see " + VOCABULARY + "categories-list.rst)";
    }

    static String scope(String field) {
        return field + " must be a valid scope (see " + VOCABULARY + "scope-list.rst)";
    }

    static String unknownAlias(String field) {
        return field + " contains an unknown alias (see " + VOCABULARY + "aliases-list.rst)";
    }

    /** Not in the corpus: the reference's wording for a malformed (non-alias) supports id is unknown. */
    static String supportsId(String field) {
        return field + " must be an alias, a URL or a URN (see " + VOCABULARY + "aliases-list.rst)";
    }

    static String country(String field) {
        return field + " must be a valid ISO 3166-1 alpha-2 two-letter country code";
    }

    static String language(String field) {
        return field + " must be a valid BCP 47 language";
    }

    static String deprecatedUse(String replacement) {
        return "This key is DEPRECATED and will be removed in the future. Use '" + replacement + "' instead";
    }
}
