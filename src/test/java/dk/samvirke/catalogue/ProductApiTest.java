package dk.samvirke.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.catalogue.publiccode.PubliccodeValidator;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.PubliccodeFixtures;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The product's page over the API: publiccode.yml in and out, and edits by role with If-Match. */
@IntegrationTest
class ProductApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    TestAccounts accounts;

    private final PubliccodeValidator validator = new PubliccodeValidator();
    private Http http;
    private String admin;
    private String manager;
    private String otherManager;
    private String member;

    @BeforeEach
    void registry() {
        RegistryCleaner.clean(jdbc);
        http = new Http(port);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        fixtures.product("os2test", "OS2test", aarhus);
        fixtures.product("os2other", "OS2other", null);
        admin = accounts.bearer("admin@samvirke.dk", null, TestAccounts.admin());
        manager = accounts.bearer("pm@aarhus.dk", "aarhus", TestAccounts.productManager("os2test"));
        otherManager = accounts.bearer("pm@other.dk", null, TestAccounts.productManager("os2other"));
        member = accounts.bearer("member@aarhus.dk", "aarhus", TestAccounts.member());
    }

    @Test
    void aValidUploadFillsTheProductAndTheExportValidates() {
        var response = upload("os2test", PubliccodeFixtures.danish("OS2test", "https://github.com/OS2/os2test", "stable")
                .getBytes(StandardCharsets.UTF_8), manager);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(strings(response.json().get("updated"))).contains("summary", "developmentStatus", "categories",
                "description.da", "description.en", "maintenance", "release", "logo");

        JsonNode page = http.get("/api/v1/products/os2test/page").json();
        assertThat(page.get("summary").asString()).isEqualTo("Fælles sagsbehandling for kommunerne");
        assertThat(page.get("website").asString()).isEqualTo("https://os2.eu/produkt/os2test");
        assertThat(page.get("developmentStatus").asString()).isEqualTo("stable");
        assertThat(page.get("softwareType").asString()).isEqualTo("standalone/web");
        assertThat(strings(page.get("categories"))).containsExactly("document-management", "workflow-management");
        assertThat(strings(page.get("platforms"))).containsExactly("web", "linux");
        assertThat(page.get("release").get("version").asString()).isEqualTo("2.4.1");
        assertThat(page.get("release").get("date").asString()).isEqualTo("2026-03-01");
        assertThat(page.get("logo").asString()).isEqualTo("https://os2.eu/logo.svg");
        assertThat(page.get("maintenance").get("type").asString()).isEqualTo("community");
        assertThat(page.get("maintenance").get("contacts").get(0).get("name").asString()).isEqualTo("Anne Hansen");
        assertThat(page.get("descriptions").get("da").get("features").get(1).asString()).isEqualTo("Digital post");
        assertThat(page.get("descriptions").get("en").get("shortDescription").asString())
                .isEqualTo("Shared case handling for municipalities");
        assertThat(page.get("sources").get("summary").get("source").asString()).isEqualTo("publiccode");
        assertThat(page.toString()).doesNotContain("@"); // contacts' addresses stay out of the public answer

        assertExportValidates("os2test");
    }

    @Test
    void theCorpusShowcaseFileFillsTheProductAndItsExportValidates() {
        var response = upload("os2test", PubliccodeFixtures.corpusValid(), admin);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode page = http.get("/api/v1/products/os2test/page").json();
        assertThat(page.get("name").asString()).isEqualTo("Medusa");
        assertThat(page.get("licence").asString()).isEqualTo("AGPL-3.0-or-later");
        assertThat(page.get("maintenance").get("type").asString()).isEqualTo("contract");
        assertThat(page.get("repository").asString()).isEqualTo("https://github.com/italia/developers.italia.it.git");
        String exported = assertExportValidates("os2test");
        assertThat(exported).contains("Fornitore Privato SPA").contains("type: contract");
    }

    @Test
    void aProductWithoutAFileExportsOnlyWhatIsKnownAndSaysWhatIsMissing() {
        fixtures.product("bare", "Bare", null);
        jdbc.update("update product set summary = null, repository = null, licence = null, website = null "
                + "where product_key = 'bare'");
        var response = http.get("/api/v1/products/bare/publiccode.yml");
        assertThat(response.status()).isEqualTo(200);
        String exported = response.body();
        // nothing made up: no stand-in url, platforms, status or description to make the file pass
        assertThat(exported).startsWith("# Not yet a valid publiccode.yml").contains("name: Bare")
                .doesNotContain("/produkter/bare").doesNotContain("web\n").doesNotContain("stable");
        assertThat(validator.validate(response.bytes(), null, false).errors()).extracting(f -> f.key())
                .contains("url", "platforms", "legal.license");
        assertThat(http.get("/api/v1/products/os2other/publiccode.yml").body())
                .contains("url: https://github.com/OS2/os2other").contains("license: MPL-2.0")
                .contains("landingURL: https://os2.eu/produkt/os2other");
    }

    @Test
    void anInvalidFileAnswers422WithTheValidatorsErrorsAndChangesNothing() {
        long before = revision("os2test");
        var response = upload("os2test", "publiccodeYmlVersion: \"0\"\nname: OS2test\nurl: nope\n"
                .getBytes(StandardCharsets.UTF_8), manager);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode first = response.json().get("errors").get(0);
        assertThat(first.get("key").asString()).isNotEmpty();
        assertThat(first.get("message").asString()).isNotEmpty();
        assertThat(first.has("line")).isTrue();
        List<String> keys = new ArrayList<>();
        response.json().get("errors").forEach(e -> keys.add(e.get("key").asString()));
        assertThat(keys).contains("url", "platforms");
        assertThat(revision("os2test")).isEqualTo(before);
        assertThat(http.get("/api/v1/products/os2test/page").json().get("sources").isEmpty()).isTrue();
    }

    @Test
    void uploadsNeedTheProductsManagerOrAnAdmin() {
        byte[] file = PubliccodeFixtures.danish("OS2test", "https://github.com/OS2/os2test", "stable")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(http.post("/api/v1/products/os2test/publiccode", "application/yaml", file).status()).isEqualTo(401);
        assertThat(upload("os2test", file, otherManager).status()).isEqualTo(403);
        assertThat(upload("os2test", file, member).status()).isEqualTo(403);
        assertThat(upload("nope", file, admin).status()).isEqualTo(404);
    }

    @Test
    void putByRoleWithIfMatch() {
        String body = """
                {"summary": "Ny beskrivelse", "website": "https://os2test.dk", "licence": "EUPL-1.2",
                 "descriptions": {"da": {"shortDescription": "Kort", "longDescription": "Lang tekst", "features": ["A"]}}}
                """;
        assertThat(put("os2test", body, null).status()).isEqualTo(401);
        assertThat(put("os2test", body, member).status()).isEqualTo(403);
        assertThat(put("os2test", body, otherManager).status()).isEqualTo(403);

        var read = http.get("/api/v1/products/os2test/page");
        String etag = read.header("ETag");
        var saved = put("os2test", body, manager, "If-Match", etag);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.header("ETag")).isNotEqualTo(etag);
        JsonNode page = saved.json();
        assertThat(page.get("summary").asString()).isEqualTo("Ny beskrivelse");
        assertThat(page.get("licence").asString()).isEqualTo("EUPL-1.2");
        assertThat(page.get("descriptions").get("da").get("shortDescription").asString()).isEqualTo("Kort");
        assertThat(page.get("sources").get("summary").get("source").asString()).isEqualTo("manual");
        assertThat(page.get("sources").has("repository")).as("unchanged fields keep their source").isFalse();

        var stale = put("os2test", body.replace("Ny beskrivelse", "Tredje"), manager, "If-Match", etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("currentRevision").asLong()).isEqualTo(page.get("revision").asLong());
        assertThat(http.get("/api/v1/products/os2test/page").json().get("summary").asString()).isEqualTo("Ny beskrivelse");
    }

    @Test
    void onlyAdminsRenameOrChangeLifecycleAndTheKeyStays() {
        assertThat(put("os2test", "{\"name\": \"Omdøbt\"}", manager).status()).isEqualTo(403);
        assertThat(put("os2test", "{\"adoptedOn\": \"2001-01-01\"}", manager).status()).isEqualTo(403);
        assertThat(put("os2test", "{\"name\": \"OS2test\", \"adoptedOn\": \"2015-01-01\", \"summary\": \"x\"}", manager)
                .status()).as("the current values are fine").isEqualTo(200);
        var renamed = put("os2test", "{\"name\": \"Omdøbt\", \"retiredOn\": \"2030-01-01\"}", admin);
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("Omdøbt");
        assertThat(renamed.json().get("retiredOn").asString()).isEqualTo("2030-01-01");

        var key = put("os2test", "{\"key\": \"stolen\", \"summary\": \"x\"}", admin);
        assertThat(key.status()).isEqualTo(422);
        assertThat(key.json().get("errors").get(0).get("field").asString()).isEqualTo("key");
        assertThat(put("os2test", "{\"website\": \"javascript:alert(1)\"}", admin).status()).isEqualTo(422);
        assertThat(http.get("/api/v1/products/os2test").status()).isEqualTo(200);
    }

    private String assertExportValidates(String key) {
        var response = http.get("/api/v1/products/" + key + "/publiccode.yml");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/yaml");
        var result = validator.validate(response.bytes(), null, false);
        assertThat(result.errors()).as(response.body()).isEmpty();
        assertThat(result.valid()).isTrue();
        return response.body();
    }

    private long revision(String key) {
        return http.get("/api/v1/products/" + key + "/page").json().get("revision").asLong();
    }

    private Http.Response upload(String key, byte[] file, String bearer) {
        return http.post("/api/v1/products/" + key + "/publiccode", "application/yaml", file, "Authorization", bearer);
    }

    private Http.Response put(String key, String json, String bearer, String... more) {
        List<String> headers = new ArrayList<>();
        if (bearer != null) {
            headers.add("Authorization");
            headers.add(bearer);
        }
        headers.addAll(List.of(more));
        return http.put("/api/v1/products/" + key, "application/json", json.getBytes(StandardCharsets.UTF_8),
                headers.toArray(String[]::new));
    }

    private static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asString()));
        return result;
    }
}
