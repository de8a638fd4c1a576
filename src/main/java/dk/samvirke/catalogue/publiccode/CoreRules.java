package dk.samvirke.catalogue.publiccode;

import static dk.samvirke.catalogue.publiccode.Violations.list;
import static dk.samvirke.catalogue.publiccode.Violations.string;
import static dk.samvirke.catalogue.publiccode.Violations.stringOrEmpty;
import static dk.samvirke.catalogue.publiccode.Violations.struct;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Field rules for the top-level keys and the small sections (organisation, fundedBy,
 * intendedAudience, supports). The order of checks is the reference's struct order, which is
 * the order its findings come in.
 */
final class CoreRules {

    static final List<String> DEVELOPMENT_STATUSES = List.of("concept", "development", "beta", "stable", "obsolete");
    static final List<String> SOFTWARE_TYPES = List.of("standalone/mobile", "standalone/iot", "standalone/desktop",
            "standalone/web", "standalone/backend", "standalone/other", "addon", "library", "configurationFiles");

    private CoreRules() {
    }

    /** Checks before {@code description} in struct order. */
    static void checkHead(Map<String, Object> root, Violations v) {
        if (stringOrEmpty(root, "name").isEmpty()) {
            v.error("name", Messages.required("name"));
        }
        String url = string(root, "url");
        if (url == null) {
            v.error("url", Messages.required("url"));
        } else if (!FormatChecks.isUrl(url)) {
            v.error("url", Messages.url("url"));
        }
        httpUrl(root, "landingURL", v);
        List<Object> basedOn = list(root, "isBasedOn");
        if (basedOn != null) {
            for (int i = 0; i < basedOn.size(); i++) {
                if (!FormatChecks.isUrl((String) basedOn.get(i))) {
                    v.error("isBasedOn[" + i + "]", Messages.url("isBasedOn[" + i + "]"));
                }
            }
        }
        String releaseDate = string(root, "releaseDate");
        if (releaseDate != null && !FormatChecks.isDate(releaseDate)) {
            v.error("releaseDate", Messages.date("releaseDate"));
        }
        Map<String, Object> organisation = struct(root, "organisation");
        if (organisation != null) {
            organisation("organisation", organisation, v);
        }
        each(root, "inputTypes", v, FormatChecks::isMimeType, Messages::mimeType);
        each(root, "outputTypes", v, FormatChecks::isMimeType, Messages::mimeType);
        List<Object> platforms = list(root, "platforms");
        if (platforms == null || platforms.isEmpty()) {
            v.error("platforms", Messages.moreThanZeroItems("platforms"));
        }
        each(root, "categories", v, CodeLists.CATEGORIES::contains, Messages::category);
        List<Object> fundedBy = list(root, "fundedBy");
        if (fundedBy != null) {
            for (int i = 0; i < fundedBy.size(); i++) {
                organisation("fundedBy[" + i + "]", Violations.asStruct(fundedBy.get(i)), v);
            }
        }
        httpUrl(root, "roadmap", v);
        oneOf(root, "developmentStatus", DEVELOPMENT_STATUSES, v);
        oneOf(root, "softwareType", SOFTWARE_TYPES, v);
        Map<String, Object> audience = struct(root, "intendedAudience");
        if (audience != null) {
            each(audience, "scope", "intendedAudience.", v, CodeLists.SCOPES::contains, Messages::scope);
            each(audience, "countries", "intendedAudience.", v, CountryCodes::isAlpha2LowerOrUpper, Messages::country);
            each(audience, "unsupportedCountries", "intendedAudience.", v, CountryCodes::isAlpha2LowerOrUpper,
                    Messages::country);
        }
        List<Object> supports = list(root, "supports");
        if (supports != null) {
            for (int i = 0; i < supports.size(); i++) {
                supportsId("supports[" + i + "].id", stringOrEmpty(Violations.asStruct(supports.get(i)), "id"), v);
            }
        }
    }

    private static void organisation(String prefix, Map<String, Object> org, Violations v) {
        String uri = stringOrEmpty(org, "uri");
        if (uri.isEmpty()) {
            v.error(prefix + ".uri", Messages.required("uri"));
        } else if (!OrganisationUris.isValid(uri)) {
            v.error(prefix + ".uri", uri.startsWith("urn:x-italian-pa:")
                    ? Messages.invalidItalianPaUri("uri") : Messages.invalidUri("uri"));
        }
    }

    private static void supportsId(String key, String id, Violations v) {
        if (id.isEmpty()) {
            v.error(key, Messages.required("id"));
        } else if (id.startsWith("alias:")) {
            if (!CodeLists.SUPPORTS_ALIASES.contains(id.substring("alias:".length()))) {
                v.error(key, Messages.unknownAlias("id"));
            }
        } else if (!isUrlWithHost(id) && !FormatChecks.isUrn(id)) {
            v.error(key, Messages.supportsId("id"));
        }
    }

    private static boolean isUrlWithHost(String s) {
        try {
            GoUrl url = GoUrl.parse(s);
            return !url.scheme().isEmpty() && !url.host().isEmpty();
        } catch (GoUrl.Invalid e) {
            return false;
        }
    }

    static void httpUrl(Map<String, Object> map, String name, String prefix, Violations v) {
        String value = string(map, name);
        if (value != null && !FormatChecks.isHttpUrl(value)) {
            v.error(prefix + name, Messages.httpUrl(name));
        }
    }

    private static void httpUrl(Map<String, Object> map, String name, Violations v) {
        httpUrl(map, name, "", v);
    }

    static void oneOf(Map<String, Object> map, String name, String prefix, List<String> allowed, Violations v) {
        String value = stringOrEmpty(map, name);
        if (value.isEmpty()) {
            v.error(prefix + name, Messages.required(name));
        } else if (!allowed.contains(value)) {
            v.error(prefix + name, Messages.oneOf(name, allowed));
        }
    }

    private static void oneOf(Map<String, Object> map, String name, List<String> allowed, Violations v) {
        oneOf(map, name, "", allowed, v);
    }

    private static void each(Map<String, Object> map, String name, Violations v,
                             Predicate<String> ok,
                             UnaryOperator<String> message) {
        each(map, name, "", v, ok, message);
    }

    /** A check on every element; the reference names elements {@code name[i]} in the message. */
    static void each(Map<String, Object> map, String name, String prefix, Violations v,
                     Predicate<String> ok, UnaryOperator<String> message) {
        List<Object> values = list(map, name);
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (!(value instanceof String s) || !ok.test(s)) {
                String element = name + "[" + i + "]";
                v.error(prefix + element, message.apply(element));
            }
        }
    }
}
