package dk.samvirke.catalogue.publiccode;

import static dk.samvirke.catalogue.publiccode.Violations.list;
import static dk.samvirke.catalogue.publiccode.Violations.string;
import static dk.samvirke.catalogue.publiccode.Violations.stringOrEmpty;
import static dk.samvirke.catalogue.publiccode.Violations.struct;

import java.util.List;
import java.util.Map;

/** Field rules for the sections after {@code description}: legal, maintenance, localisation, dependsOn, IT. */
final class SectionRules {

    static final List<String> MAINTENANCE_TYPES = List.of("internal", "contract", "community", "none");

    private SectionRules() {
    }

    static void check(Map<String, Object> root, Violations v) {
        legal(struct(root, "legal"), v);
        maintenance(struct(root, "maintenance"), v);
        localisation(struct(root, "localisation"), v);
        dependsOn(struct(root, "dependsOn"), v);
        italy("IT", struct(root, "IT"), v);
        italy("it", struct(root, "it"), v);
    }

    private static void legal(Map<String, Object> legal, Violations v) {
        String license = stringOrEmpty(legal, "license");
        if (license.isEmpty()) {
            v.error("legal.license", Messages.required("license"));
        } else if (!SpdxExpressions.isValid(license)) {
            v.error("legal.license", Messages.license("license"));
        }
    }

    private static void maintenance(Map<String, Object> maintenance, Violations v) {
        CoreRules.oneOf(maintenance, "type", "maintenance.", MAINTENANCE_TYPES, v);
        String type = stringOrEmpty(maintenance, "type");
        List<Object> contractors = list(maintenance, "contractors");
        if (type.equals("contract") && contractors == null) {
            v.error("maintenance.contractors", Messages.requiredWhen("contractors", "type", "contract"));
        } else if (!type.equals("contract") && contractors != null) {
            v.error("maintenance.contractors", Messages.excludedUnless("contractors", "type", "contract"));
        } else if (contractors != null) {
            for (int i = 0; i < contractors.size(); i++) {
                contractor("maintenance.contractors[" + i + "].", Violations.asStruct(contractors.get(i)), v);
            }
        }
        List<Object> contacts = list(maintenance, "contacts");
        if (contacts == null && (type.equals("community") || type.equals("internal"))) {
            v.error("maintenance.contacts", Messages.requiredWhen("contacts", "type", type));
        } else if (contacts != null) {
            for (int i = 0; i < contacts.size(); i++) {
                String prefix = "maintenance.contacts[" + i + "].";
                Map<String, Object> contact = Violations.asStruct(contacts.get(i));
                if (stringOrEmpty(contact, "name").isEmpty()) {
                    v.error(prefix + "name", Messages.required("name"));
                }
                email(contact, prefix, v);
            }
        }
    }

    private static void contractor(String prefix, Map<String, Object> contractor, Violations v) {
        if (stringOrEmpty(contractor, "name").isEmpty()) {
            v.error(prefix + "name", Messages.required("name"));
        }
        email(contractor, prefix, v);
        CoreRules.httpUrl(contractor, "website", prefix, v);
        String until = stringOrEmpty(contractor, "until");
        if (until.isEmpty()) {
            v.error(prefix + "until", Messages.required("until"));
        } else if (!FormatChecks.isDate(until)) {
            v.error(prefix + "until", Messages.date("until"));
        }
    }

    private static void email(Map<String, Object> map, String prefix, Violations v) {
        String email = stringOrEmpty(map, "email");
        if (!email.isEmpty() && !FormatChecks.isEmail(email)) {
            v.error(prefix + "email", Messages.email("email"));
        }
    }

    private static void localisation(Map<String, Object> localisation, Violations v) {
        if (localisation == null || !(localisation.get("localisationReady") instanceof Boolean)) {
            v.error("localisation.localisationReady", Messages.required("localisationReady"));
        }
        List<Object> languages = list(localisation, "availableLanguages");
        if (languages == null) {
            v.error("localisation.availableLanguages", Messages.required("availableLanguages"));
        } else if (languages.isEmpty()) {
            v.error("localisation.availableLanguages", Messages.moreThanZeroItems("availableLanguages"));
        } else {
            CoreRules.each(localisation, "availableLanguages", "localisation.", v, Bcp47::isValid, Messages::language);
        }
    }

    private static void dependsOn(Map<String, Object> dependsOn, Violations v) {
        if (dependsOn == null) {
            return;
        }
        for (String kind : List.of("open", "proprietary", "hardware")) {
            List<Object> deps = list(dependsOn, kind);
            if (deps == null) {
                continue;
            }
            for (int i = 0; i < deps.size(); i++) {
                if (stringOrEmpty(Violations.asStruct(deps.get(i)), "name").isEmpty()) {
                    v.error("dependsOn." + kind + "[" + i + "].name", Messages.required("name"));
                }
            }
        }
    }

    private static void italy(String section, Map<String, Object> it, Violations v) {
        if (it == null) {
            return;
        }
        String version = string(it, "countryExtensionVersion");
        if (version != null && !List.of("0.2", "1.0").contains(version)) {
            v.error(section + ".countryExtensionVersion",
                    Messages.oneOf("countryExtensionVersion", List.of("0.2", "1.0")));
        }
        String codiceIpa = stringOrEmpty(struct(it, "riuso"), "codiceIPA");
        if (!codiceIpa.isEmpty() && !CodeLists.isItalianIpaCode(codiceIpa)) {
            v.error(section + ".riuso.codiceIPA", Messages.ipaCode("codiceIPA"));
        }
    }
}
