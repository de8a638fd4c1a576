package dk.samvirke.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.catalogue.Product;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.organisations.OrganisationDetails;
import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.organisations.Organisations;
import dk.samvirke.people.ParticipationRole;
import dk.samvirke.support.Http;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Harvest jobs over HTTP, on local file: repositories made with the git CLI, compared with git log --use-mailmap. */
@HarvestTestContext
class HarvestJobsTest {

    private static final String[] ADMIN = {"Authorization", "Bearer test-admin-token"};

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    Organisations organisations;
    @Autowired
    HarvestTestContext.PubliccodeEvents publiccodeEvents;
    @TempDir
    Path temp;

    private Http http;
    private Product product;
    private TestRepository origin;

    @BeforeEach
    void registry() {
        RegistryCleaner.clean(jdbc);
        http = new Http(port);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", LocalDate.of(2012, 1, 1)); // aarhus.dk
        fixtures.municipality("odense", "Odense Kommune", "461", LocalDate.of(2014, 1, 1)); // odense.dk
        organisations.save(new Organisation("aarhus-it", new OrganisationDetails("Aarhus IT", OrganisationType.OTHER, "DK",
                null, null, null, null, null, List.of("it.aarhus.dk"), null, null), null));
        product = fixtures.product("os2test", "OS2test", aarhus);
        var anne = fixtures.person("Anne.Hansen@aarhus.dk", "Anne Hansen", aarhus);
        fixtures.participation(anne, product, ParticipationRole.DEVELOPER, "0.5");
        // Takes part without committing: listed, but not counted in the per-organisation figures git gives.
        fixtures.participation(fixtures.person("ib@aarhus.dk", "Ib Tester", aarhus), product, ParticipationRole.TESTER, null);
        publiccodeEvents.events.clear();

        origin = new TestRepository(temp.resolve("origin"));
        origin.commit("Anne Hansen", "Anne.Hansen@Aarhus.DK", "a.txt")
                .commit("Anne Hansen", "anne.hansen@aarhus.dk", "a.txt")
                .commit("anne", "anne@gmail.com", "a.txt")
                .commit("Bo Berg", "bo@it.aarhus.dk", "b.txt")
                .commit("Bo", "Bo@Dev.IT.Aarhus.dk", "b.txt")
                .commit("Sofie", "sofie@skole.aarhus.dk", "s.txt")
                .commit("Carl", "carl@laptop.local", "c.txt")
                .commit("Carl Carlsen", "carl@odense.dk", "c.txt")
                .commit("Eve", "eve@example.com", "e.txt")
                .write(".mailmap", "<anne.hansen@aarhus.dk> <anne@gmail.com>\n"
                        + "Carl Carlsen <carl@odense.dk> <CARL@laptop.local>\n")
                .write("publiccode.yml", "publiccodeYmlVersion: \"0.4\"\nname: OS2test\n");
        origin.git("add", "-A");
        origin.git("commit", "-q", "-m", "mailmap and publiccode.yml");
        origin.git("tag", "-a", "v1.0.0", "-m", "first release");
    }

    @Test
    void harvestsAuthorsPerOrganisationAsGitLogCountsThem() {
        long job = addRepository(origin.url());
        JsonNode status = awaitJob(job);
        assertThat(status.get("state").asString()).as(status.toString()).isEqualTo("succeeded");
        assertThat(status.get("progress").asDouble()).isEqualTo(1.0);

        var contributors = http.get("/api/v1/products/os2test/contributors");
        assertThat(contributors.body()).doesNotContain("@");
        assertThat(perOrganisation(contributors.json())).isEqualTo(origin.expected(HarvestJobsTest::organisationOf));
        // the recorded participant and the committer are one person
        var anne = items(contributors.json()).stream().filter(i -> i.get("name").asString().equals("Anne Hansen")).toList();
        assertThat(anne).hasSize(1);
        assertThat(anne.get(0).get("commits").asInt()).isEqualTo(3);
        assertThat(anne.get(0).get("organisation").asString()).isEqualTo("aarhus");
        assertThat(anne.get(0).get("roles").get(0).asString()).isEqualTo("developer");
        assertThat(anne.get(0).get("firstContribution").asString()).isNotEmpty();
        assertThat(items(contributors.json())).filteredOn(i -> i.get("name").asString().equals("Ib Tester"))
                .singleElement().satisfies(ib -> assertThat(ib.get("commits").asInt()).isZero());

        var repositories = http.get("/api/v1/products/os2test/repositories").json();
        assertThat(repositories.get(0).get("defaultBranch").asString()).isEqualTo("refs/heads/main".substring(11));
        assertThat(repositories.get(0).get("releases").get(0).get("name").asString()).isEqualTo("v1.0.0");

        assertThat(publiccodeEvents.events).singleElement().satisfies(e -> {
            assertThat(e.productKey()).isEqualTo("os2test");
            assertThat(new String(e.content(), StandardCharsets.UTF_8)).contains("name: OS2test");
        });

        var byOrganisation = http.get("/api/v1/organisations/aarhus-it/contributions").json();
        assertThat(byOrganisation.get("items").get(0).get("product").get("key").asString()).isEqualTo("os2test");
        assertThat(byOrganisation.get("items").get(0).get("people").asInt()).isEqualTo(2);
    }

    @Test
    void harvestsAgainIncrementallyAndSkipsAnUnchangedRepository() {
        assertThat(awaitJob(addRepository(origin.url())).get("state").asString()).isEqualTo("succeeded");

        origin.commit("Henrik", "henrik@odense.dk", "h.txt").commit("Bo Berg", "BO@it.aarhus.dk", "b.txt");
        JsonNode incremental = awaitJob(harvestAgain());
        assertThat(incremental.get("message").asString()).contains("2 new commits counted");
        assertThat(perOrganisation(http.get("/api/v1/products/os2test/contributors").json()))
                .isEqualTo(origin.expected(HarvestJobsTest::organisationOf));

        long started = System.nanoTime();
        JsonNode unchanged = awaitJob(harvestAgain());
        assertThat(unchanged.get("message").asString()).startsWith("Unchanged");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

        // a new .mailmap changes who is who: counted again in full
        origin.write(".mailmap", "<anne.hansen@aarhus.dk> <anne@gmail.com>\n<henrik@odense.dk> <eve@example.com>\n");
        origin.git("commit", "-q", "-am", "new mailmap");
        JsonNode recount = awaitJob(harvestAgain());
        assertThat(recount.get("message").asString()).contains("counted in full");
        assertThat(perOrganisation(http.get("/api/v1/products/os2test/contributors").json()))
                .isEqualTo(origin.expected(HarvestJobsTest::organisationOf));
    }

    @Test
    void aFailingRepositoryDoesNotStopTheOthers() {
        long broken = addRepository(temp.resolve("does-not-exist").toUri().toString());
        long good = addRepository(origin.url());

        JsonNode failed = awaitJob(broken);
        assertThat(failed.get("state").asString()).isEqualTo("failed");
        assertThat(failed.get("message").asString()).isNotBlank();
        assertThat(awaitJob(good).get("state").asString()).isEqualTo("succeeded");

        var again = http.post("/api/v1/products/os2test/harvest", "application/json", new byte[0], ADMIN);
        assertThat(again.status()).isEqualTo(202);
        List<String> states = new java.util.ArrayList<>();
        again.json().get("jobs").forEach(j -> states.add(awaitJob(j.asLong()).get("state").asString()));
        assertThat(states).containsExactlyInAnyOrder("failed", "succeeded");
    }

    private long addRepository(String url) {
        var response = http.post("/api/v1/products/os2test/repositories", "application/json",
                ("{\"url\":\"" + url + "\"}").getBytes(StandardCharsets.UTF_8), ADMIN);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return response.json().get("job").asLong();
    }

    private long harvestAgain() {
        var response = http.post("/api/v1/products/os2test/harvest", "application/json", new byte[0], ADMIN);
        assertThat(response.status()).isEqualTo(202);
        return response.json().get("jobs").get(0).asLong();
    }

    private JsonNode awaitJob(long id) {
        return HarvestJobStates.awaitJob(http, id);
    }

    private static List<JsonNode> items(JsonNode contributors) {
        List<JsonNode> items = new java.util.ArrayList<>();
        contributors.get("items").forEach(items::add);
        return items;
    }

    private static Map<String, TestRepository.Figures> perOrganisation(JsonNode contributors) {
        Map<String, TestRepository.Figures> result = new HashMap<>();
        contributors.get("organisations").forEach(o -> result.put(
                o.get("organisation").isNull() ? "null" : o.get("organisation").asString(),
                new TestRepository.Figures(o.get("people").asInt(), o.get("commits").asInt())));
        return result;
    }

    /** §5 written out for the test's organisations: the longest matching e-mail domain wins. */
    static String organisationOf(String email) {
        String domain = email.substring(email.lastIndexOf('@') + 1);
        if (domain.equals("it.aarhus.dk") || domain.endsWith(".it.aarhus.dk")) {
            return "aarhus-it";
        }
        if (domain.equals("aarhus.dk") || domain.endsWith(".aarhus.dk")) {
            return "aarhus";
        }
        if (domain.equals("odense.dk") || domain.endsWith(".odense.dk")) {
            return "odense";
        }
        return null;
    }
}
