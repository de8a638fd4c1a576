package dk.samvirke.catalogue.publiccode;

import static dk.samvirke.catalogue.publiccode.Violations.list;
import static dk.samvirke.catalogue.publiccode.Violations.string;
import static dk.samvirke.catalogue.publiccode.Violations.struct;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the typed {@link PubliccodeDocument} from decoded values of a file that passed validation. */
final class DocumentMapper {

    private DocumentMapper() {
    }

    static PubliccodeDocument toDocument(Map<String, Object> root) {
        Map<String, PubliccodeDocument.Description> descriptions = new LinkedHashMap<>();
        Map<String, Object> description = struct(root, "description");
        if (description != null) {
            description.forEach((language, value) -> descriptions.put(language, description(Violations.asStruct(value))));
        }
        Map<String, Object> organisation = struct(root, "organisation");
        Map<String, Object> legal = struct(root, "legal");
        Map<String, Object> localisation = struct(root, "localisation");
        Map<String, Object> audience = struct(root, "intendedAudience");
        return new PubliccodeDocument(
                string(root, "publiccodeYmlVersion"),
                string(root, "name"),
                string(root, "applicationSuite"),
                string(root, "url"),
                string(root, "landingURL"),
                strings(root, "isBasedOn"),
                string(root, "softwareVersion"),
                date(string(root, "releaseDate")),
                string(root, "logo"),
                organisation == null ? null : organisation(organisation),
                strings(root, "platforms"),
                strings(root, "categories"),
                strings(root, "usedBy"),
                organisations(list(root, "fundedBy")),
                string(root, "roadmap"),
                string(root, "developmentStatus"),
                string(root, "softwareType"),
                new PubliccodeDocument.IntendedAudience(strings(audience, "scope"), strings(audience, "countries"),
                        strings(audience, "unsupportedCountries")),
                descriptions,
                new PubliccodeDocument.Legal(string(legal, "license"), string(legal, "mainCopyrightOwner"),
                        string(legal, "repoOwner")),
                maintenance(struct(root, "maintenance")),
                new PubliccodeDocument.Localisation(
                        Boolean.TRUE.equals(localisation == null ? null : localisation.get("localisationReady")),
                        strings(localisation, "availableLanguages")));
    }

    private static PubliccodeDocument.Organisation organisation(Map<String, Object> o) {
        return new PubliccodeDocument.Organisation(string(o, "name"), string(o, "uri"));
    }

    private static List<PubliccodeDocument.Organisation> organisations(List<Object> values) {
        List<PubliccodeDocument.Organisation> out = new ArrayList<>();
        if (values != null) {
            values.forEach(o -> out.add(organisation(Violations.asStruct(o))));
        }
        return out;
    }

    private static PubliccodeDocument.Description description(Map<String, Object> d) {
        return new PubliccodeDocument.Description(
                string(d, "localisedName"),
                string(d, "shortDescription"),
                string(d, "longDescription"),
                strings(d, "features"),
                strings(d, "screenshots"),
                string(d, "documentation"),
                string(d, "apiDocumentation"),
                strings(d, "videos"),
                strings(d, "awards"));
    }

    private static PubliccodeDocument.Maintenance maintenance(Map<String, Object> m) {
        List<PubliccodeDocument.Contractor> contractors = new ArrayList<>();
        List<Object> rawContractors = list(m, "contractors");
        if (rawContractors != null) {
            for (Object o : rawContractors) {
                Map<String, Object> c = Violations.asStruct(o);
                contractors.add(new PubliccodeDocument.Contractor(string(c, "name"), string(c, "email"),
                        string(c, "website"), date(string(c, "until"))));
            }
        }
        List<PubliccodeDocument.Contact> contacts = new ArrayList<>();
        List<Object> rawContacts = list(m, "contacts");
        if (rawContacts != null) {
            for (Object o : rawContacts) {
                Map<String, Object> c = Violations.asStruct(o);
                contacts.add(new PubliccodeDocument.Contact(string(c, "name"), string(c, "email"),
                        string(c, "affiliation"), string(c, "phone")));
            }
        }
        return new PubliccodeDocument.Maintenance(string(m, "type"), contractors, contacts);
    }

    private static List<String> strings(Map<String, Object> map, String name) {
        List<Object> values = list(map, name);
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (Object v : values) {
                if (v instanceof String s) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static LocalDate date(String value) {
        return value != null && FormatChecks.isDate(value) ? LocalDate.parse(value) : null;
    }
}
