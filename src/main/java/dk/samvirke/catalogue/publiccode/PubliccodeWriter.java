package dk.samvirke.catalogue.publiccode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import org.springframework.stereotype.Component;

/**
 * Writes a {@link PubliccodeDocument} as publiccode.yml (standard 0.x, {@code publiccodeYmlVersion: "0"}
 * unless the document says otherwise). What it writes passes {@link PubliccodeValidator} when the
 * document satisfies the standard's required fields.
 */
@Component
public class PubliccodeWriter {

    public String write(PubliccodeDocument doc) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("publiccodeYmlVersion", doc.publiccodeYmlVersion() != null ? doc.publiccodeYmlVersion() : "0");
        put(out, "name", doc.name());
        put(out, "applicationSuite", doc.applicationSuite());
        put(out, "url", doc.url());
        put(out, "landingURL", doc.landingURL());
        if (!doc.isBasedOn().isEmpty()) {
            out.put("isBasedOn", doc.isBasedOn());
        }
        put(out, "softwareVersion", doc.softwareVersion());
        put(out, "releaseDate", doc.releaseDate() == null ? null : doc.releaseDate().toString());
        put(out, "logo", doc.logo());
        if (doc.organisation() != null) {
            Map<String, Object> org = new LinkedHashMap<>();
            put(org, "name", doc.organisation().name());
            put(org, "uri", doc.organisation().uri());
            out.put("organisation", org);
        }
        out.put("platforms", doc.platforms());
        putList(out, "categories", doc.categories());
        putList(out, "usedBy", doc.usedBy());
        put(out, "roadmap", doc.roadmap());
        put(out, "developmentStatus", doc.developmentStatus());
        put(out, "softwareType", doc.softwareType());
        Map<String, Object> descriptions = new LinkedHashMap<>();
        doc.description().forEach((language, d) -> descriptions.put(language, description(d)));
        out.put("description", descriptions);
        out.put("legal", legal(doc.legal()));
        out.put("maintenance", maintenance(doc.maintenance()));
        Map<String, Object> localisation = new LinkedHashMap<>();
        localisation.put("localisationReady", doc.localisation() != null && doc.localisation().localisationReady());
        localisation.put("availableLanguages",
                doc.localisation() == null ? List.of() : doc.localisation().availableLanguages());
        out.put("localisation", localisation);

        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setIndent(2)
                .setIndicatorIndent(2)
                .setIndentWithIndicator(true)
                .setWidth(100)
                .setSchema(new ReaderAlignedSchema())
                .build();
        return new Dump(settings).dumpToString(out);
    }

    /**
     * The dumper quotes a string when its schema says the plain form would read back as something
     * else; using the validator's own resolution keeps, e.g., {@code "+3906..."} a string.
     */
    private static final class ReaderAlignedSchema extends CoreSchema {
        @Override
        public org.snakeyaml.engine.v2.resolver.ScalarResolver getScalarResolver() {
            return (value, implicit) -> switch (ScalarResolver.resolvePlain(value)) {
                case NULL -> Tag.NULL;
                case BOOL -> Tag.BOOL;
                case INT -> Tag.INT;
                case FLOAT -> Tag.FLOAT;
                case STRING -> Tag.STR;
            };
        }
    }

    private static Map<String, Object> description(PubliccodeDocument.Description d) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "localisedName", d.localisedName());
        put(out, "shortDescription", d.shortDescription());
        put(out, "longDescription", d.longDescription());
        put(out, "documentation", d.documentation());
        put(out, "apiDocumentation", d.apiDocumentation());
        out.put("features", d.features());
        putList(out, "screenshots", d.screenshots());
        putList(out, "videos", d.videos());
        putList(out, "awards", d.awards());
        return out;
    }

    private static Map<String, Object> legal(PubliccodeDocument.Legal legal) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (legal != null) {
            put(out, "license", legal.license());
            put(out, "mainCopyrightOwner", legal.mainCopyrightOwner());
            put(out, "repoOwner", legal.repoOwner());
        }
        return out;
    }

    private static Map<String, Object> maintenance(PubliccodeDocument.Maintenance m) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (m == null) {
            return out;
        }
        put(out, "type", m.type());
        List<Object> contractors = new ArrayList<>();
        for (PubliccodeDocument.Contractor c : m.contractors()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            put(entry, "name", c.name());
            put(entry, "email", c.email());
            put(entry, "website", c.website());
            put(entry, "until", c.until() == null ? null : c.until().toString());
            contractors.add(entry);
        }
        if (!contractors.isEmpty()) {
            out.put("contractors", contractors);
        }
        List<Object> contacts = new ArrayList<>();
        for (PubliccodeDocument.Contact c : m.contacts()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            put(entry, "name", c.name());
            put(entry, "email", c.email());
            put(entry, "affiliation", c.affiliation());
            put(entry, "phone", c.phone());
            contacts.add(entry);
        }
        if (!contacts.isEmpty()) {
            out.put("contacts", contacts);
        }
        return out;
    }

    private static void put(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static void putList(Map<String, Object> map, String key, List<String> values) {
        if (!values.isEmpty()) {
            map.put(key, values);
        }
    }
}
