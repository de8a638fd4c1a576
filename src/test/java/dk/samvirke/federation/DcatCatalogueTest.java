package dk.samvirke.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.catalogue.CatalogueManagement;
import dk.samvirke.catalogue.ProductPolicy;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.PubliccodeFixtures;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The DCAT-AP catalogue in each of its forms, validated by Jena's SHACL engine against the DCAT-AP
 * 3.0.1 shapes (0 violations), and read back for what the mapping promises.
 */
@IntegrationTest
class DcatCatalogueTest {

    private static final Shapes SHAPES = shapes();
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final ProductPolicy.Actor ADMIN = new ProductPolicy.Actor(true, Set.of());

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    CatalogueManagement catalogue;

    private Http http;

    @BeforeEach
    void registry() {
        RegistryCleaner.clean(jdbc);
        http = new Http(port);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        fixtures.product("os2forms", "OS2forms", aarhus);
        catalogue.importUploaded(ADMIN, "os2forms", PubliccodeFixtures.danish("OS2forms",
                "https://github.com/OS2Forms/os2forms", "stable").getBytes(StandardCharsets.UTF_8));
        fixtures.product("medusa", "Medusa", null);
        catalogue.importUploaded(ADMIN, "medusa", PubliccodeFixtures.corpusValid());
        fixtures.product("bare", "Bare", null);
        jdbc.update("update product set summary = null, website = null, licence = 'MIT OR Apache-2.0' "
                + "where product_key = 'bare'");
        fixtures.product("eupl", "OS2eupl", null);
        jdbc.update("update product set licence = 'EUPL-1.2', repository = null where product_key = 'eupl'");
    }

    @Test
    void everyFormIsValidDcatAp3() {
        for (var form : List.of(new String[] {".ttl", "text/turtle"}, new String[] {".rdf", "application/rdf+xml"},
                new String[] {".jsonld", "application/ld+json"})) {
            var response = http.get("/api/v1/catalogue" + form[0]);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Content-Type")).startsWith(form[1]);
            Model model = read(response.bytes(), form[1]);
            assertThat(model.listSubjectsWithProperty(RDF.type, model.createResource(DCAT + "Dataset")).toList())
                    .as(form[0]).hasSize(4);
            assertConforms(model, form[0]);
        }
    }

    @Test
    void theShapesBite() {
        Model model = read(http.get("/api/v1/catalogue.ttl").bytes(), "text/turtle");
        var forms = model.createResource("http://localhost:8080/api/v1/products/os2forms");
        model.removeAll(forms, DCTerms.description, null);
        model.add(forms, DCTerms.publisher, "not an agent");
        var report = ShaclValidator.get().validate(SHAPES, model.getGraph());
        assertThat(report.conforms()).isFalse();
        assertThat(report.getEntries()).extracting(e -> e.resultPath().toString())
                .contains("<" + DCTerms.description.getURI() + ">", "<" + DCTerms.publisher.getURI() + ">");
    }

    @Test
    void productsAreMappedAsTheEuMappingDoes() {
        Model m = read(http.get("/api/v1/catalogue.ttl").bytes(), "text/turtle");
        String base = "http://localhost:8080";
        var forms = m.createResource(base + "/api/v1/products/os2forms");
        assertThat(languages(m, forms, DCTerms.title)).containsExactlyInAnyOrder("da", "en");
        assertThat(languages(m, forms, DCTerms.description)).containsExactlyInAnyOrder("da", "en");
        assertThat(objects(m, forms, m.createProperty(DCAT, "keyword"))).contains("document-management");
        assertThat(objects(m, forms, m.createProperty("http://www.w3.org/ns/adms#", "status")))
                .containsExactly("http://purl.org/adms/status/Completed");
        assertThat(objects(m, forms, m.createProperty(DCAT, "landingPage")))
                .contains("https://os2.eu/produkt/os2test", base + "/produkter/os2forms");
        assertThat(objects(m, forms, DCTerms.publisher)).containsExactly(base + "/organisationer/aarhus");
        assertThat(objects(m, forms, DCTerms.modified)).containsExactly("2026-03-01");
        assertThat(objects(m, forms, m.createProperty(DCAT, "version"))).containsExactly("2.4.1");
        assertThat(objects(m, forms, DCTerms.language)).contains(
                "http://publications.europa.eu/resource/authority/language/DAN",
                "http://publications.europa.eu/resource/authority/language/ENG");
        var distribution = m.createResource(base + "/api/v1/products/os2forms#repository");
        assertThat(objects(m, distribution, m.createProperty(DCAT, "accessURL")))
                .containsExactly("https://github.com/OS2Forms/os2forms");
        assertThat(objects(m, distribution, DCTerms.license)).containsExactly("http://spdx.org/licenses/MPL-2.0");

        var medusa = m.createResource(base + "/api/v1/products/medusa");
        assertThat(objects(m, medusa, DCTerms.spatial)).contains("http://publications.europa.eu/resource/authority/country/ITA");
        assertThat(objects(m, medusa, DCTerms.rightsHolder)).hasSize(1);
        assertThat(objects(m, m.createResource(base + "/api/v1/products/eupl"), m.createProperty(DCAT, "distribution")))
                .as("no repository, no distribution").isEmpty();
        assertThat(new String(http.get("/api/v1/catalogue.ttl").bytes(), StandardCharsets.UTF_8))
                .as("no contact persons' addresses").doesNotContain("@example.org").doesNotContain("mailto:");

        var catalog = m.createResource(base + "/api/v1/catalogue");
        assertThat(objects(m, catalog, m.createProperty(DCAT, "dataset"))).hasSize(4);
        assertThat(languages(m, catalog, DCTerms.title)).containsExactlyInAnyOrder("da", "en");
    }

    @Test
    void contentNegotiationAndCaching() {
        assertThat(http.get("/api/v1/catalogue").header("Content-Type")).startsWith("text/turtle");
        assertThat(http.get("/api/v1/catalogue", "Accept", "application/rdf+xml").header("Content-Type"))
                .startsWith("application/rdf+xml");
        assertThat(http.get("/api/v1/catalogue", "Accept", "text/html;q=0.9, application/ld+json").header("Content-Type"))
                .startsWith("application/ld+json");
        assertThat(http.get("/api/v1/catalogue", "Accept", "application/json").header("Content-Type"))
                .startsWith("application/ld+json");
        assertThat(http.get("/api/v1/catalogue", "Accept", "image/png").status()).isEqualTo(406);
        assertThat(http.get("/api/v1/catalogue").header("Vary")).contains("Accept");

        var first = http.get("/api/v1/catalogue.ttl");
        String etag = first.header("ETag");
        assertThat(http.get("/api/v1/catalogue.ttl", "If-None-Match", etag).status()).isEqualTo(304);
        jdbc.update("update product set name = 'OS2bare', updated_at = current_timestamp where product_key = 'bare'");
        var changed = http.get("/api/v1/catalogue.ttl", "If-None-Match", etag);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body()).contains("OS2bare");
    }

    /**
     * The shapes as released. Two of DataServiceShape's sh:property links point at shapes the file never
     * defines (no sh:path, no constraint); Jena's parser refuses such a link, so those two links (and
     * nothing else) are dropped. The catalogue has no dcat:DataService, so nothing they could say applies.
     */
    private static Shapes shapes() {
        var graph = RDFDataMgr.loadGraph("dcat-ap/dcat-ap-SHACL.ttl");
        var property = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/shacl#property");
        var path = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/shacl#path");
        var dangling = graph.find(null, property, null).toList().stream()
                .filter(t -> !graph.contains(t.getObject(), path, org.apache.jena.graph.Node.ANY)).toList();
        assertThat(dangling).hasSize(2);
        dangling.forEach(graph::delete);
        return Shapes.parse(graph);
    }

    private static void assertConforms(Model model, String what) {
        ValidationReport report = ShaclValidator.get().validate(SHAPES, model.getGraph());
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertThat(report.getEntries()).as("SHACL violations in %s", what).isEmpty();
        assertThat(report.conforms()).isTrue();
    }

    private static Model read(byte[] bytes, String mediaType) {
        Model model = ModelFactory.createDefaultModel();
        Lang lang = mediaType.equals("text/turtle") ? Lang.TURTLE
                : mediaType.equals("application/rdf+xml") ? Lang.RDFXML : Lang.JSONLD;
        RDFDataMgr.read(model, new ByteArrayInputStream(bytes), lang);
        return model;
    }

    private static List<String> languages(Model m, org.apache.jena.rdf.model.Resource s,
            org.apache.jena.rdf.model.Property p) {
        return m.listObjectsOfProperty(s, p).toList().stream().map(o -> o.asLiteral().getLanguage()).toList();
    }

    private static List<String> objects(Model m, org.apache.jena.rdf.model.Resource s,
            org.apache.jena.rdf.model.Property p) {
        return m.listObjectsOfProperty(s, p).toList().stream().map(DcatCatalogueTest::text).toList();
    }

    private static String text(RDFNode node) {
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.isURIResource() ? node.asResource().getURI()
                : node.toString();
    }
}
