package dk.samvirke.federation;

import dk.samvirke.catalogue.PublicCatalogue;
import dk.samvirke.catalogue.PublicCatalogue.Entry;
import dk.samvirke.shared.SamvirkeProperties;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.springframework.stereotype.Component;

/**
 * The catalogue as DCAT-AP 3: one {@code dcat:Catalog} published by the association, one
 * {@code dcat:Dataset} per product, mapped the way Joinup's publiccode.yml → ADMS-AP mapping does
 * (name and long description per language, publisher, the repository as a distribution with the
 * licence as its SPDX or EU URI, landing page, keywords from categories and intended audience,
 * status from the development status, version, modified from the release date, languages,
 * countries, relations). Things pointed at carry the class the DCAT-AP shapes expect.
 */
@Component
class DcatCatalogue {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String ADMS = "http://www.w3.org/ns/adms#";
    static final String EU_LANGUAGE = "http://publications.europa.eu/resource/authority/language/";
    static final String EU_COUNTRY = "http://publications.europa.eu/resource/authority/country/";
    static final String EU_LICENCE = "http://publications.europa.eu/resource/authority/licence/";
    static final String SPDX = "http://spdx.org/licenses/";
    /** The EIRA building block the mapping gives every solution. */
    static final String DIGITAL_SOLUTION = "http://data.europa.eu/dr8/DigitalSolution";

    /** The mapping's status-mapping.csv. */
    private static final Map<String, String> STATUS = Map.of("concept", "UnderDevelopment", "development",
            "UnderDevelopment", "beta", "UnderDevelopment", "stable", "Completed", "obsolete", "Deprecated");
    /** EU licence URIs for the EUPL (the Publications Office's own licence); other licences by their SPDX URI. */
    private static final Map<String, String> EU_LICENCES = Map.of("EUPL-1.2", "EUPL_1_2", "EUPL-1.1", "EUPL_1_1",
            "EUPL-1.0", "EUPL_1_0");
    private static final Pattern SPDX_ID = Pattern.compile("[A-Za-z0-9.+-]+");

    private final PublicCatalogue catalogue;
    private final SamvirkeProperties properties;
    private final FederationProperties federation;

    DcatCatalogue(PublicCatalogue catalogue, SamvirkeProperties properties, FederationProperties federation) {
        this.catalogue = catalogue;
        this.properties = properties;
        this.federation = federation;
    }

    Model build() {
        String base = properties.baseUrl().replaceAll("/+$", "");
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("dcat", DCAT).setNsPrefix("dct", DCTerms.NS).setNsPrefix("foaf", FOAF).setNsPrefix("adms", ADMS)
                .setNsPrefix("vcard", VCARD).setNsPrefix("skos", SKOS.uri).setNsPrefix("rdfs", RDFS.uri);
        List<Entry> entries = catalogue.entries();

        Resource association = m.createResource().addProperty(RDF.type, m.createResource(FOAF + "Agent"))
                .addProperty(p(m, FOAF, "name"), federation.publisherName())
                .addProperty(p(m, FOAF, "homepage"), document(m, federation.publisherHomepage()));
        Resource cat = m.createResource(base + "/api/v1/catalogue").addProperty(RDF.type, m.createResource(DCAT + "Catalog"))
                .addProperty(DCTerms.title, m.createLiteral("Samvirke – fællesskabets katalog over delte løsninger", "da"))
                .addProperty(DCTerms.title, m.createLiteral("Samvirke – the community's catalogue of shared solutions", "en"))
                .addProperty(DCTerms.description, m.createLiteral("De løsninger, fællesskabet " + federation.publisherName()
                        + " forvalter og deler: hvem der ejer dem, hvor koden er, og hvilken licens den har.", "da"))
                .addProperty(DCTerms.description, m.createLiteral("The solutions the community " + federation.publisherName()
                        + " manages and shares: who owns them, where the code is, and under which licence.", "en"))
                .addProperty(DCTerms.publisher, association)
                .addProperty(p(m, FOAF, "homepage"), document(m, base + "/produkter"))
                .addProperty(DCTerms.language, language(m, "da")).addProperty(DCTerms.language, language(m, "en"));
        entries.stream().map(Entry::changedAt).max(Comparator.naturalOrder())
                .ifPresent(at -> cat.addProperty(DCTerms.modified, dateTime(m, at)));
        for (Entry e : entries) {
            cat.addProperty(p(m, DCAT, "dataset"), dataset(m, base, e, association));
        }
        return m;
    }

    private Resource dataset(Model m, String base, Entry e, Resource association) {
        Resource d = m.createResource(base + "/api/v1/products/" + e.key())
                .addProperty(RDF.type, m.createResource(DCAT + "Dataset"))
                .addProperty(DCTerms.identifier, e.key());
        if (e.descriptions().isEmpty()) {
            d.addProperty(DCTerms.title, m.createLiteral(e.name(), "da"));
            d.addProperty(DCTerms.description, m.createLiteral(e.summary() != null ? e.summary() : e.name(), "da"));
        }
        for (var description : e.descriptions()) {
            String lang = description.language();
            d.addProperty(DCTerms.title, m.createLiteral(
                    description.localisedName() != null ? description.localisedName() : e.name(), lang));
            String text = firstOf(description.longDescription(), description.shortDescription(), e.summary(), e.name());
            d.addProperty(DCTerms.description, m.createLiteral(text, lang));
        }
        d.addProperty(DCTerms.publisher, publisher(m, base, e, association));
        if (e.copyrightOwner() != null) {
            d.addProperty(DCTerms.rightsHolder, agent(m, e.copyrightOwner()));
        }
        if (e.ownerKey() != null) {
            d.addProperty(p(m, DCAT, "contactPoint"), m.createResource()
                    .addProperty(RDF.type, m.createResource(VCARD + "Kind"))
                    .addProperty(RDF.type, m.createResource(VCARD + "Organization"))
                    .addProperty(p(m, VCARD, "fn"), e.ownerName())
                    .addProperty(p(m, VCARD, "hasURL"), m.createResource(base + "/organisationer/" + e.ownerKey())));
        }
        if (e.website() != null) {
            d.addProperty(p(m, DCAT, "landingPage"), document(m, e.website()));
        }
        d.addProperty(p(m, DCAT, "landingPage"), document(m, base + "/produkter/" + e.key()));
        if (e.repository() != null) {
            d.addProperty(p(m, DCAT, "distribution"), distribution(m, base, e));
        }
        e.categories().forEach(c -> d.addProperty(p(m, DCAT, "keyword"), c));
        e.scope().forEach(s -> d.addProperty(p(m, DCAT, "keyword"), s));
        String status = e.developmentStatus() == null ? null : STATUS.get(e.developmentStatus());
        if (status != null) {
            d.addProperty(p(m, ADMS, "status"), m.createResource("http://purl.org/adms/status/" + status)
                    .addProperty(RDF.type, SKOS.Concept).addProperty(SKOS.prefLabel, m.createLiteral(status, "en")));
        }
        if (e.releaseVersion() != null) {
            d.addProperty(p(m, DCAT, "version"), e.releaseVersion());
        }
        d.addProperty(DCTerms.modified, e.releaseDate() != null ? date(m, e.releaseDate()) : dateTime(m, e.changedAt()));
        e.languages().forEach(l -> {
            Resource language = language(m, l);
            if (language != null) {
                d.addProperty(DCTerms.language, language);
            }
        });
        e.countries().forEach(c -> {
            Resource country = country(m, c);
            if (country != null) {
                d.addProperty(DCTerms.spatial, country);
            }
        });
        e.basedOn().forEach(url -> d.addProperty(DCTerms.relation, m.createResource(url)));
        d.addProperty(DCTerms.relation, m.createResource(DIGITAL_SOLUTION));
        return d;
    }

    private static Resource publisher(Model m, String base, Entry e, Resource association) {
        if (e.ownerKey() != null) {
            return m.createResource(base + "/organisationer/" + e.ownerKey())
                    .addProperty(RDF.type, m.createResource(FOAF + "Agent"))
                    .addProperty(p(m, FOAF, "name"), e.ownerName());
        }
        return e.copyrightOwner() != null ? agent(m, e.copyrightOwner()) : association;
    }

    private static Resource distribution(Model m, String base, Entry e) {
        Resource dist = m.createResource(base + "/api/v1/products/" + e.key() + "#repository")
                .addProperty(RDF.type, m.createResource(DCAT + "Distribution"))
                .addProperty(DCTerms.title, m.createLiteral("Kildekode", "da"))
                .addProperty(DCTerms.title, m.createLiteral("Source code", "en"))
                .addProperty(p(m, DCAT, "accessURL"), m.createResource(e.repository()));
        if (e.licence() != null) {
            dist.addProperty(DCTerms.license, licence(m, e.licence()));
        }
        return dist;
    }

    /** A single SPDX identifier by its URI (the EUPL by the EU's); an expression as a described licence. */
    private static Resource licence(Model m, String spdx) {
        Resource licence;
        if (EU_LICENCES.containsKey(spdx)) {
            licence = m.createResource(EU_LICENCE + EU_LICENCES.get(spdx));
        } else if (SPDX_ID.matcher(spdx).matches() && !spdx.startsWith("LicenseRef-")) {
            licence = m.createResource(SPDX + spdx);
        } else {
            licence = m.createResource();
        }
        return licence.addProperty(RDF.type, DCTerms.LicenseDocument).addProperty(RDFS.label, spdx);
    }

    private static Resource agent(Model m, String name) {
        return m.createResource().addProperty(RDF.type, m.createResource(FOAF + "Agent")).addProperty(p(m, FOAF, "name"), name);
    }

    private static Resource document(Model m, String url) {
        return m.createResource(url).addProperty(RDF.type, m.createResource(FOAF + "Document"));
    }

    /** A BCP 47 tag as the EU's language authority has it (ISO 639-2/T), or null. */
    private static Resource language(Model m, String tag) {
        try {
            String code = Locale.forLanguageTag(tag).getISO3Language();
            return code.isEmpty() ? null : m.createResource(EU_LANGUAGE + code.toUpperCase(Locale.ROOT))
                    .addProperty(RDF.type, DCTerms.LinguisticSystem);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static Resource country(Model m, String alpha2) {
        try {
            String code = new Locale("", alpha2.toUpperCase(Locale.ROOT)).getISO3Country();
            return code.isEmpty() ? null : m.createResource(EU_COUNTRY + code)
                    .addProperty(RDF.type, DCTerms.Location);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static Literal date(Model m, LocalDate date) {
        return m.createTypedLiteral(date.toString(), XSDDatatype.XSDdate);
    }

    private static Literal dateTime(Model m, LocalDateTime utc) {
        return m.createTypedLiteral(utc.withNano(0).atOffset(ZoneOffset.UTC).toString(), XSDDatatype.XSDdateTime);
    }

    private static Property p(Model m, String ns, String local) {
        return m.createProperty(ns, local);
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
