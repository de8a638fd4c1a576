package dk.samvirke.governance;

import static dk.samvirke.support.TestAccounts.admin;
import static dk.samvirke.support.TestAccounts.member;
import static dk.samvirke.support.TestAccounts.organisationAdmin;
import static dk.samvirke.support.TestAccounts.productManager;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The governance report "følg eller forklar": requirements are the secretariat's data, a product's managers answer
 * each followed or explained, the secretariat rates it; every year's report stays; the product page shows the latest.
 */
@IntegrationTest
class GovernanceReportTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    TestAccounts accounts;
    @LocalServerPort
    int port;

    Http http;
    String admin;
    String manager;
    String otherManager;
    String orgAdmin;
    String member;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        fixtures.product("os2mo", "OS2mo", aarhus);
        fixtures.product("os2kitos", "OS2kitos", aarhus);
        admin = accounts.bearer("sek@os2.eu", null, admin());
        manager = accounts.bearer("pm@aarhus.dk", "aarhus", productManager("os2mo"));
        otherManager = accounts.bearer("pm2@aarhus.dk", "aarhus", productManager("os2kitos"));
        orgAdmin = accounts.bearer("oa@aarhus.dk", "aarhus", organisationAdmin("aarhus"));
        member = accounts.bearer("m@aarhus.dk", "aarhus", member());
    }

    Http.Response put(String path, String body, String token) {
        return token == null ? http.put(path, "application/json", body.getBytes(StandardCharsets.UTF_8))
                : http.put(path, "application/json", body.getBytes(StandardCharsets.UTF_8), "Authorization", token);
    }

    static final String OPEN = """
            {"theme": "Åbenhed", "text": "Koden er offentlig under en åben licens", "position": "1"}""";
    static final String BOARD = """
            {"theme": "Styring", "text": "Styregruppen mødes mindst to gange om året", "position": "2"}""";
    static final String ANSWERS = """
            {"answers": [{"requirement": "aaben-kode", "followed": true},
                         {"requirement": "styregruppe-moeder", "followed": false, "explanation": "Kun ét møde i år: ny formand"}]}""";

    @Test
    void theSecretariatKeepsTheRequirementsTheManagersAnswerTheSecretariatRates() {
        for (String token : new String[] {null, member, orgAdmin, manager}) {
            assertThat(put("/api/v1/governance/requirements/aaben-kode", OPEN, token).status())
                    .isEqualTo(token == null ? 401 : 403);
        }
        assertThat(put("/api/v1/governance/requirements/aaben-kode", OPEN, admin).status()).isEqualTo(200);
        assertThat(put("/api/v1/governance/requirements/styregruppe-moeder", BOARD, admin).status()).isEqualTo(200);
        assertThat(put("/api/v1/governance/requirements/retired", """
                {"theme": "Gammelt", "text": "Udgået", "active": false}""", admin).status()).isEqualTo(200);
        assertThat(put("/api/v1/governance/requirements/Bad", "{}", admin).json().get("errors").valueStream()
                .map(e -> e.get("field").asString())).containsExactlyInAnyOrder("key", "theme", "text");
        assertThat(http.get("/api/v1/governance/requirements").json().valueStream().map(r -> r.get("key").asString()))
                .containsExactly("retired", "aaben-kode", "styregruppe-moeder");

        String path = "/api/v1/products/os2mo/governance-reports/2026";
        for (String token : new String[] {null, member, orgAdmin, otherManager}) {
            assertThat(put(path, ANSWERS, token).status()).isEqualTo(token == null ? 401 : 403);
        }
        var unexplained = put(path, """
                {"answers": [{"requirement": "aaben-kode", "followed": true},
                             {"requirement": "styregruppe-moeder", "followed": false}]}""", manager);
        assertThat(unexplained.status()).isEqualTo(422);
        assertThat(unexplained.json().get("errors").get(0).get("field").asString()).isEqualTo("answers[1].explanation");
        var missing = put(path, """
                {"answers": [{"requirement": "aaben-kode", "followed": true}, {"requirement": "retired", "followed": true}]}""",
                manager);
        assertThat(missing.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("answers[1].requirement", "answers");
        assertThat(jdbc.queryForObject("select count(*) from governance_report", Integer.class)).isZero();

        var submitted = put(path, ANSWERS, manager);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().get("rating").isNull()).isTrue();

        String rating = path + "/rating";
        for (String token : new String[] {null, member, orgAdmin, manager}) {
            assertThat(put(rating, "{\"rating\": \"green\"}", token).status()).isEqualTo(token == null ? 401 : 403);
        }
        assertThat(put(rating, "{\"rating\": \"blue\"}", admin).status()).isEqualTo(422);
        assertThat(put("/api/v1/products/os2mo/governance-reports/2020/rating", "{\"rating\": \"red\"}", admin).status())
                .isEqualTo(404);
        assertThat(put(rating, "{\"rating\": \"amber\"}", admin).json().get("rating").asString()).isEqualTo("amber");

        // another year's report: the history keeps both, newest first
        assertThat(put("/api/v1/products/os2mo/governance-reports/2025", ANSWERS.replace("false, \"explanation\": \"Kun ét møde i år: ny formand\"", "true"), admin).status())
                .isEqualTo(200);
        var history = http.get("/api/v1/products/os2mo/governance-reports").json();
        assertThat(history.valueStream().map(r -> r.get("year").asInt() + ":" + r.get("rating").asString()))
                .containsExactly("2026:amber", "2025:");
        assertThat(history.get(0).get("answers").get(1).get("explanation").asString()).isEqualTo("Kun ét møde i år: ny formand");

        String page = http.get("/produkter/os2mo").body();
        assertThat(page).contains("Governancerapport (følg eller forklar)", "Rapporten for 2026", "Gul", "Åbenhed",
                "Koden er offentlig under en åben licens", "Følges", "Forklaret", "Kun ét møde i år: ny formand",
                "Tidligere rapporter");
    }
}
