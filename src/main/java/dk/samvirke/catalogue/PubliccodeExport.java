package dk.samvirke.catalogue;

import dk.samvirke.catalogue.PubliccodeImport.DescriptionValue;
import dk.samvirke.catalogue.PubliccodeImport.FileValues;
import dk.samvirke.catalogue.PubliccodeImport.Maintenance;
import dk.samvirke.catalogue.PubliccodeImport.Release;
import dk.samvirke.catalogue.publiccode.PubliccodeDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A product as the keys of a publiccode.yml: the file it last imported, key for key, with the
 * registry's own value wherever the product no longer holds what the file said (a person's edit, a
 * field kept as edited at a harvest). Nothing is made up: a key the registry does not know is left out.
 */
final class PubliccodeExport {

    private PubliccodeExport() {
    }

    /**
     * @param file               the last imported file's keys, or null when there is none
     * @param withPersonalData   whether contacts keep their e-mail addresses and phone numbers
     */
    static Map<String, Object> of(Product p, Map<String, Object> file, boolean withPersonalData) {
        Map<String, Object> out = file != null ? file : new LinkedHashMap<>(Map.of("publiccodeYmlVersion", "0"));
        FileValues was = file != null ? FileValues.of(PubliccodeDocument.of(file)) : FileValues.NONE;
        put(out, "name", was.name(), p.getName());
        put(out, "url", was.repository(), p.getRepository());
        put(out, "landingURL", was.website(), p.getWebsite());
        put(out, "developmentStatus", was.developmentStatus(), p.getDevelopmentStatus());
        put(out, "softwareType", was.softwareType(), p.getSoftwareType());
        put(out, "categories", was.categories(), PubliccodeImport.emptyToNull(p.getCategories()));
        put(out, "platforms", was.platforms(), PubliccodeImport.emptyToNull(p.getPlatforms()));
        put(out, "logo", was.logo(), p.getLogo());
        Release release = Release.of(p);
        if (!Objects.equals(was.release(), release)) {
            set(out, "softwareVersion", release == null ? null : release.version());
            set(out, "releaseDate", release == null || release.date() == null ? null : release.date().toString());
        }
        Map<String, Object> legal = child(out, "legal");
        put(legal, "license", was.licence(), p.getLicence());
        keepIfAny(out, "legal", legal);
        maintenance(out, was.maintenance(), Maintenance.of(p));
        descriptions(out, was.descriptions(), p, file == null);
        if (!withPersonalData) {
            withoutPersonalData(out);
        }
        return out;
    }

    private static void descriptions(Map<String, Object> out, Map<String, DescriptionValue> was, Product p,
            boolean noFile) {
        Map<String, Object> file = child(out, "description");
        Map<String, Object> descriptions = new LinkedHashMap<>();
        List<String> languages = new ArrayList<>(file.keySet());
        p.getDescriptions().forEach(d -> {
            if (!languages.contains(d.getLanguage())) {
                languages.add(d.getLanguage());
            }
        });
        for (String language : languages) {
            var mine = p.descriptionIn(language).map(DescriptionValue::of).orElse(null);
            if (mine == null) {
                continue; // a person removed it
            }
            var before = was.getOrDefault(language, new DescriptionValue(null, null, null, List.of()));
            Map<String, Object> d = child(file, language);
            put(d, "localisedName", before.localisedName(), mine.localisedName());
            put(d, "shortDescription", before.shortDescription(), mine.shortDescription());
            put(d, "longDescription", before.longDescription(), mine.longDescription());
            put(d, "features", PubliccodeImport.emptyToNull(before.features()),
                    PubliccodeImport.emptyToNull(mine.features()));
            descriptions.put(language, d);
        }
        if (descriptions.isEmpty() && noFile && p.getSummary() != null && !p.getSummary().isBlank()) {
            // the registry's summary is its Danish short description
            descriptions.put("da", new LinkedHashMap<>(Map.of("shortDescription", p.getSummary().strip())));
        }
        keepIfAny(out, "description", descriptions);
    }

    private static void maintenance(Map<String, Object> out, Maintenance was, Maintenance now) {
        if (Objects.equals(was, now)) {
            return;
        }
        if (now == null) {
            out.remove("maintenance");
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        set(m, "type", now.type());
        List<Object> contractors = new ArrayList<>();
        List<Object> contacts = new ArrayList<>();
        for (var person : now.people()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            set(entry, "name", person.name());
            set(entry, "email", person.email());
            if (person.kind().equals(ProductContact.CONTRACTOR)) {
                set(entry, "website", person.website());
                set(entry, "until", person.until() == null ? null : person.until().toString());
                contractors.add(entry);
            } else {
                set(entry, "affiliation", person.affiliation());
                set(entry, "phone", person.phone());
                contacts.add(entry);
            }
        }
        if (!contractors.isEmpty()) {
            m.put("contractors", contractors);
        }
        if (!contacts.isEmpty()) {
            m.put("contacts", contacts);
        }
        out.put("maintenance", m);
    }

    /** E-mail addresses and phone numbers of contacts and contractors go only to those who may see them. */
    @SuppressWarnings("unchecked")
    private static void withoutPersonalData(Map<String, Object> out) {
        if (out.get("maintenance") instanceof Map<?, ?> m) {
            for (String list : List.of("contacts", "contractors")) {
                if (m.get(list) instanceof List<?> people) {
                    people.forEach(person -> {
                        ((Map<String, Object>) person).remove("email");
                        ((Map<String, Object>) person).remove("phone");
                    });
                }
            }
        }
    }

    /** The file's own value stays where the product still holds what the import made of it. */
    private static void put(Map<String, Object> out, String key, Object fromFile, Object current) {
        if (!Objects.equals(fromFile, current)) {
            set(out, key, current);
        }
    }

    private static void set(Map<String, Object> out, String key, Object value) {
        if (value == null) {
            out.remove(key);
        } else {
            out.put(key, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> parent, String key) {
        return parent.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
    }

    private static void keepIfAny(Map<String, Object> out, String key, Map<String, Object> value) {
        if (value.isEmpty()) {
            out.remove(key);
        } else {
            out.put(key, value);
        }
    }
}
