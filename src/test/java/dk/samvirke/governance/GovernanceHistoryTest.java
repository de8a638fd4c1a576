package dk.samvirke.governance;

import static dk.samvirke.support.TestAccounts.admin;
import static dk.samvirke.support.TestAccounts.productManager;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Governance's records are written by SQL, not through Hibernate, and are in the history all the same: who changed
 * a body, a decision, a stage, a fee, a budget, a requirement or a report, when, before → after; nothing for a save
 * that changed nothing, nothing for a write that was refused.
 */
@IntegrationTest
class GovernanceHistoryTest {

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

    @BeforeEach
    void setUp() {
        http = new Http(port);
        RegistryCleaner.clean(jdbc);
        jdbc.update("delete from audit_entry");
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        fixtures.product("os2mo", "OS2mo", aarhus);
        admin = accounts.bearer("sek@os2.eu", null, admin());
        manager = accounts.bearer("pm@aarhus.dk", "aarhus", productManager("os2mo"));
    }

    Http.Response send(String method, String path, String body, String token) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return method.equals("PUT") ? http.put(path, "application/json", bytes, "Authorization", token)
                : http.post(path, "application/json", bytes, "Authorization", token);
    }

    /** The history of one kind of record, newest first, as administrators read it. */
    List<JsonNode> history(String type) {
        var answer = http.get("/api/v1/history?type=" + type + "&size=100", "Authorization", admin);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().get("items").valueStream().toList();
    }

    static String change(JsonNode entry, String field) {
        var values = entry.get("changes").get(field);
        return values == null ? "(unchanged)" : values.get(0).asString("–") + " → " + values.get(1).asString("–");
    }

    @Test
    void aBodyADecisionAStageAndABudgetKeepWhoChangedWhatFromWhatToWhat() {
        assertThat(send("PUT", "/api/v1/bodies/sg", """
                {"name": "Styregruppe", "type": "steering-committee", "product": "os2mo", "mandate": "Styrer"}""",
                manager).status()).isEqualTo(201);
        assertThat(send("PUT", "/api/v1/bodies/sg", """
                {"name": "Styregruppen", "type": "steering-committee", "product": "os2mo", "mandate": "Styrer"}""",
                manager).status()).isEqualTo(200);
        assertThat(send("PUT", "/api/v1/bodies/sg", """
                {"name": "Styregruppen", "type": "steering-committee", "product": "os2mo", "mandate": "Styrer"}""",
                manager).status()).isEqualTo(200); // unchanged: no entry

        var body = history("governance-body");
        long bodyId = jdbc.queryForObject("select id from governance_body where body_key = 'sg'", Long.class);
        assertThat(body).extracting(e -> e.get("action").asString()).containsExactly("update", "create");
        assertThat(body).allSatisfy(e -> {
            assertThat(e.get("key").asString()).isEqualTo("sg");
            assertThat(e.get("recordId").asLong()).isEqualTo(bodyId);
            assertThat(e.get("actor").asString()).isEqualTo("pm@aarhus.dk");
        });
        assertThat(body.get(0).get("changes").propertyNames()).containsExactly("name");
        assertThat(change(body.get(0), "name")).isEqualTo("Styregruppe → Styregruppen");
        assertThat(change(body.get(1), "type")).isEqualTo("– → steering-committee");
        assertThat(change(body.get(1), "product")).isEqualTo("– → os2mo");

        assertThat(send("POST", "/api/v1/products/os2mo/decisions", """
                {"key": "d1", "body": "sg", "date": "2026-03-01", "title": "Fase N1"}""", admin).status()).isEqualTo(201);
        var decision = history("governance-decision");
        assertThat(decision).hasSize(1);
        assertThat(change(decision.get(0), "governingBody")).isEqualTo("– → sg");
        assertThat(change(decision.get(0), "date")).isEqualTo("– → 2026-03-01");

        assertThat(send("POST", "/api/v1/products/os2mo/stages", """
                {"stage": "n1", "since": "2026-03-01", "decision": "d1"}""", admin).status()).isEqualTo(201);
        var stage = history("product-stage");
        assertThat(stage).extracting(e -> e.get("key").asString()).containsExactly("os2mo/2026-03-01");
        assertThat(change(stage.get(0), "stage")).isEqualTo("– → n1");

        send("PUT", "/api/v1/products/os2mo/budgets/2026", "{\"amount\": \"250000\"}", manager);
        send("PUT", "/api/v1/products/os2mo/budgets/2026", "{\"amount\": \"260000.00\"}", manager);
        var budget = history("product-budget");
        assertThat(budget).extracting(e -> e.get("action").asString()).containsExactly("update", "create");
        assertThat(change(budget.get(0), "amount")).isEqualTo("250000 → 260000");
        assertThat(budget.get(0).get("key").asString()).isEqualTo("os2mo/2026");
    }

    @Test
    void replacingAYearsFeesRecordsWhatWasAddedChangedAndDeletedAndARefusedReplacementNothing() {
        assertThat(send("PUT", "/api/v1/products/os2mo/fees/2026", """
                [{"kind": "annual", "band": "small", "memberAmount": "1000", "nonMemberAmount": "1500"},
                 {"kind": "joining", "band": "all", "memberAmount": "500"}]""", manager).status()).isEqualTo(200);
        assertThat(history("governance-fee")).hasSize(2).allSatisfy(e -> assertThat(e.get("action").asString())
                .isEqualTo("create"));

        // the small band's fee changes, the joining fee goes, the large band's is new
        assertThat(send("PUT", "/api/v1/products/os2mo/fees/2026", """
                [{"kind": "annual", "band": "small", "memberAmount": "1100", "nonMemberAmount": "1500"},
                 {"kind": "annual", "band": "large", "memberAmount": "3000"}]""", manager).status()).isEqualTo(200);
        var fees = history("governance-fee").subList(0, 3);
        assertThat(fees).extracting(e -> e.get("action").asString() + " " + e.get("key").asString())
                .containsExactlyInAnyOrder("update os2mo/2026/annual/small", "delete os2mo/2026/joining/all",
                        "create os2mo/2026/annual/large");
        var changed = fees.stream().filter(e -> e.get("action").asString().equals("update")).findFirst().orElseThrow();
        assertThat(changed.get("changes").propertyNames()).containsExactly("memberAmount");
        assertThat(change(changed, "memberAmount")).isEqualTo("1000 → 1100");
        var deleted = fees.stream().filter(e -> e.get("action").asString().equals("delete")).findFirst().orElseThrow();
        assertThat(change(deleted, "memberAmount")).isEqualTo("500 → –");

        // the same fees again: no entries; refused fees: none either, and the fees stay
        send("PUT", "/api/v1/products/os2mo/fees/2026", """
                [{"kind": "annual", "band": "small", "memberAmount": "1100", "nonMemberAmount": "1500"},
                 {"kind": "annual", "band": "large", "memberAmount": "3000"}]""", manager);
        assertThat(send("PUT", "/api/v1/products/os2mo/fees/2026", """
                [{"kind": "annual", "band": "small", "memberAmount": "-1"}]""", manager).status()).isEqualTo(422);
        assertThat(history("governance-fee")).hasSize(5);
        assertThat(jdbc.queryForObject("select count(*) from governance_fee", Integer.class)).isEqualTo(2);

        send("PUT", "/api/v1/governance/fees/2026", "[{\"kind\": \"annual\", \"band\": \"all\", \"memberAmount\": \"2500\"}]",
                admin);
        assertThat(history("governance-fee").get(0).get("key").asString()).isEqualTo("association/2026/annual/all");
    }

    @Test
    void twoReplacementsOfAYearsFeesAtOnceAnswerWithoutFailureAndLeaveOneEntryPerChange() throws Exception {
        send("PUT", "/api/v1/products/os2mo/fees/2026", """
                [{"kind": "joining", "band": "all", "memberAmount": "500"}]""", manager);
        String fees = """
                [{"kind": "annual", "band": "small", "memberAmount": "1000"},
                 {"kind": "annual", "band": "large", "memberAmount": "3000"}]""";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> send("PUT", "/api/v1/products/os2mo/fees/2026", fees, manager).status());
            var second = pool.submit(() -> send("PUT", "/api/v1/products/os2mo/fees/2026", fees, manager).status());
            // Either one after the other (both 200, the second changes nothing), or at once: the later insert meets
            // the unique key, 409, and its transaction leaves nothing.
            assertThat(List.of(first.get(), second.get())).contains(200).allMatch(status -> status == 200 || status == 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForList("select kind || '/' || band from governance_fee order by 1", String.class))
                .containsExactly("annual/large", "annual/small");
        assertThat(history("governance-fee")).extracting(e -> e.get("action").asString() + " " + e.get("key").asString())
                .containsExactlyInAnyOrder("create os2mo/2026/joining/all", "delete os2mo/2026/joining/all",
                        "create os2mo/2026/annual/small", "create os2mo/2026/annual/large");
    }

    @Test
    void aRequirementAndAReportKeepTheirHistoryAndAReportSubmittedAgainStaysTheSameRecord() {
        send("PUT", "/api/v1/governance/requirements/aaben-kode", """
                {"theme": "Åbenhed", "text": "Koden er offentlig", "position": "1"}""", admin);
        send("PUT", "/api/v1/governance/requirements/aaben-kode", """
                {"theme": "Åbenhed", "text": "Koden er offentlig under en åben licens", "position": "1"}""", admin);
        var requirement = history("governance-requirement");
        assertThat(requirement).extracting(e -> e.get("action").asString()).containsExactly("update", "create");
        assertThat(requirement.get(0).get("changes").propertyNames()).containsExactly("text");

        assertThat(send("PUT", "/api/v1/products/os2mo/governance-reports/2026", """
                {"answers": [{"requirement": "aaben-kode", "followed": false, "explanation": "Licensen vælges"}]}""",
                manager).status()).isEqualTo(200);
        assertThat(send("PUT", "/api/v1/products/os2mo/governance-reports/2026/rating", "{\"rating\": \"amber\"}", admin)
                .status()).isEqualTo(200);
        assertThat(send("PUT", "/api/v1/products/os2mo/governance-reports/2026", """
                {"answers": [{"requirement": "aaben-kode", "followed": true}]}""", manager).status()).isEqualTo(200);

        var report = history("governance-report");
        assertThat(report).extracting(e -> e.get("action").asString()).containsExactly("update", "update", "create");
        assertThat(report).extracting(e -> e.get("recordId").asLong()).containsOnly(
                jdbc.queryForObject("select id from governance_report", Long.class));
        assertThat(report).extracting(e -> e.get("key").asString()).containsOnly("os2mo/2026");
        assertThat(change(report.get(2), "aaben-kode")).isEqualTo("– → Licensen vælges");
        assertThat(change(report.get(1), "rating")).isEqualTo("– → amber");
        assertThat(report.get(1).get("actor").asString()).isEqualTo("sek@os2.eu");
        assertThat(change(report.get(0), "aaben-kode")).isEqualTo("Licensen vælges → true");
        assertThat(change(report.get(0), "rating")).isEqualTo("amber → –");
    }
}
