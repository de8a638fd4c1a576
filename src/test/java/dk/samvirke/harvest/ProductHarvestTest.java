package dk.samvirke.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Http;
import dk.samvirke.support.PubliccodeFixtures;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A product's manager registers a real git repository holding a publiccode.yml: the harvest fills the
 * product, a person's later edit survives the next harvest, and the page says where each value came from.
 */
@HarvestTestContext
class ProductHarvestTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    TestAccounts accounts;
    @TempDir
    Path temp;

    private Http http;
    private TestRepository origin;
    private String manager;

    @BeforeEach
    void registry() {
        RegistryCleaner.clean(jdbc);
        http = new Http(port);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", LocalDate.of(2012, 1, 1));
        fixtures.product("os2test", "OS2test", aarhus);
        fixtures.product("os2other", "OS2other", null);
        manager = accounts.bearer("pm@aarhus.dk", "aarhus", TestAccounts.productManager("os2test"));
        origin = new TestRepository(temp.resolve("origin"));
        origin.commit("Anne Hansen", "anne@aarhus.dk", "a.txt")
                .commit("Eve", "eve@example.com", "e.txt")
                .write("publiccode.yml", PubliccodeFixtures.danish("OS2test", "https://github.com/OS2/os2test", "beta"));
        origin.git("add", "-A");
        origin.git("commit", "-q", "-m", "publiccode.yml");
        origin.git("tag", "v2.4.1");
    }

    @Test
    void theHarvestFillsTheProductAndKeepsWhatAPersonEdited() {
        var added = post("/api/v1/products/os2test/repositories", "{\"url\":\"" + origin.url() + "\"}", manager);
        assertThat(added.status()).as(added.body()).isEqualTo(202);
        assertThat(awaitJob(added.json().get("job").asLong()).get("state").asString()).isEqualTo("succeeded");

        JsonNode page = http.get("/api/v1/products/os2test/page").json();
        assertThat(page.get("developmentStatus").asString()).isEqualTo("beta");
        assertThat(page.get("summary").asString()).isEqualTo("Fælles sagsbehandling for kommunerne");
        assertThat(page.get("descriptions").get("da").get("features").size()).isEqualTo(2);
        assertThat(page.get("sources").get("developmentStatus").get("url").asString()).isEqualTo(origin.url());
        assertThat(http.get("/produkter/os2test").body()).contains("fra publiccode.yml i", origin.url());

        // a person edits the summary; the file changes its status; the next harvest takes the status only
        var edited = http.put("/api/v1/products/os2test", "application/json",
                "{\"summary\": \"Vores egen tekst\"}".getBytes(StandardCharsets.UTF_8), "Authorization", manager);
        assertThat(edited.status()).isEqualTo(200);
        origin.write("publiccode.yml", PubliccodeFixtures.danish("OS2test", "https://github.com/OS2/os2test", "stable"));
        origin.git("commit", "-q", "-am", "stable");
        var again = post("/api/v1/products/os2test/harvest", "", manager);
        assertThat(again.status()).isEqualTo(202);
        assertThat(awaitJob(again.json().get("jobs").get(0).asLong()).get("state").asString()).isEqualTo("succeeded");

        page = http.get("/api/v1/products/os2test/page").json();
        assertThat(page.get("developmentStatus").asString()).isEqualTo("stable");
        assertThat(page.get("summary").asString()).isEqualTo("Vores egen tekst");
        assertThat(page.get("sources").get("summary").get("source").asString()).isEqualTo("manual");
        String html = http.get("/produkter/os2test").body();
        assertThat(html).contains("Vores egen tekst", "redigeret af en person", "Stabil", "v2.4.1");

        // the charts' numbers: per organisation (the unmatched author apart) and active people per year
        JsonNode data = http.get("/produkter/os2test/bidrag/data").json();
        assertThat(data.get("perOrganisation").get(0).get("key").asString()).isEqualTo("aarhus");
        assertThat(data.get("perOrganisation").get(0).get("commits").asInt()).isEqualTo(1);
        // Eve, and the committer of the publiccode.yml commits (example.org): unmatched, listed last
        assertThat(data.get("perOrganisation").get(1).get("key").isNull()).isTrue();
        assertThat(data.get("perOrganisation").get(1).get("people").asInt()).isEqualTo(2);
        assertThat(data.get("perOrganisation").get(1).get("commits").asInt()).isEqualTo(3);
        assertThat(data.get("perYear").get(0).get("year").asInt()).isEqualTo(2020);
        assertThat(data.get("perYear").get(0).get("contributors").asInt()).isEqualTo(2);
        assertThat(data.toString()).doesNotContain("@");
        assertThat(html).contains("Ukendt organisation", "data-chart=\"contributors\"", "/vendor/echarts/echarts.min.js");
        assertThat(http.get("/produkter/nope/bidrag/data").status()).isEqualTo(404);

        assertThat(http.get("/organisationer/aarhus").body()).contains("Bidrag", "/produkter/os2test");
    }

    @Test
    void anInvalidPubliccodeYmlLeavesTheProductAlone() {
        origin.write("publiccode.yml", "publiccodeYmlVersion: \"0\"\nname: Broken\n");
        origin.git("commit", "-q", "-am", "broken");
        var added = post("/api/v1/products/os2test/repositories", "{\"url\":\"" + origin.url() + "\"}", manager);
        assertThat(awaitJob(added.json().get("job").asLong()).get("state").asString()).isEqualTo("succeeded");
        JsonNode page = http.get("/api/v1/products/os2test/page").json();
        assertThat(page.get("name").asString()).isEqualTo("OS2test");
        assertThat(page.get("sources").isEmpty()).isTrue();
    }

    @Test
    void onlyTheProductsManagersAndAdminsRegisterAndHarvest() {
        String otherManager = accounts.bearer("pm@other.dk", null, TestAccounts.productManager("os2other"));
        String member = accounts.bearer("member@aarhus.dk", "aarhus", TestAccounts.member());
        String body = "{\"url\":\"" + origin.url() + "\"}";
        assertThat(post("/api/v1/products/os2test/repositories", body, otherManager).status()).isEqualTo(403);
        assertThat(post("/api/v1/products/os2test/repositories", body, member).status()).isEqualTo(403);
        assertThat(post("/api/v1/products/os2test/harvest", "", otherManager).status()).isEqualTo(403);
        assertThat(post("/api/v1/products/os2test/repositories", body, null).status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from harvest_repository", Integer.class)).isZero();
        assertThat(post("/api/v1/products/os2other/repositories", body, otherManager).status()).isEqualTo(202);
    }

    private Http.Response post(String path, String json, String bearer) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return bearer == null ? http.post(path, "application/json", body)
                : http.post(path, "application/json", body, "Authorization", bearer);
    }

    private JsonNode awaitJob(long id) {
        return HarvestJobStates.awaitJob(http, id);
    }
}
