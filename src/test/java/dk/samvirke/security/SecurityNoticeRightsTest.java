package dk.samvirke.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
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

/** §10's rights matrix over real HTTP with API tokens, and bad input as specific 4xx problems with nothing written. */
@IntegrationTest
class SecurityNoticeRightsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    TestAccounts accounts;

    Http http;
    NoticeScenario scenario;
    long id;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        scenario = NoticeScenario.build(jdbc, fixtures, accounts);
        id = publish("manager").json().get("id").asLong();
    }

    @Test
    void publishing() {
        assertThat(publish(null).status()).isEqualTo(401);
        assertThat(publish("aarhusMember").status()).isEqualTo(403);
        assertThat(publish("otherManager").status()).isEqualTo(403);
        assertThat(publish("aarhus").status()).isEqualTo(403);
        assertThat(publish("admin").status()).isEqualTo(201);
        assertThat(publish("manager").status()).isEqualTo(201);
        assertThat(http.post("/api/v1/products/nope/security-notices", "application/json", bytes(NoticeScenario.BODY),
                "Authorization", scenario.token("admin")).status()).isEqualTo(404);
    }

    @Test
    void editingNeedsTheManagerAndTheCurrentRevision() {
        assertThat(edit(null, "\"0\"").status()).isEqualTo(401);
        assertThat(edit("aarhus", "\"0\"").status()).isEqualTo(403);
        assertThat(edit("otherManager", "\"0\"").status()).isEqualTo(403);
        assertThat(edit("manager", "\"7\"").status()).isEqualTo(412);
        var ok = edit("manager", "\"0\"");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("title").asText()).isEqualTo("Rettet titel");
        assertThat(ok.header("ETag")).isEqualTo("\"1\"");
        assertThat(edit("manager", "\"0\"").status()).isEqualTo(412);
        assertThat(edit("admin", null).status()).isEqualTo(200);
        // the history keeps the publication and the edit (the admin's identical edit changed nothing)
        assertThat(jdbc.queryForList("select changes from audit_entry where record_type = 'security-notice'"
                + " and action = 'update'", String.class)).singleElement().asString().contains("Rettet titel");
    }

    @Test
    void whoSeesWhichOrganisations() {
        String path = "/api/v1/security-notices/" + id + "/organisations";
        assertThat(http.get(path).status()).isEqualTo(401);
        assertThat(http.get(path, "Authorization", scenario.token("aarhusMember")).status()).isEqualTo(403);
        assertThat(http.get(path, "Authorization", scenario.token("otherManager")).status()).isEqualTo(403);
        assertThat(organisations(path, "manager")).containsExactlyInAnyOrder("aarhus", "odense", "koebenhavn", "vejle",
                "aalborg", "silkeborg");
        assertThat(organisations(path, "admin")).hasSize(6);
        assertThat(organisations(path, "aarhus")).containsExactly("aarhus");
        assertThat(organisations(path, "esbjerg")).isEmpty();
        var aarhus = http.get(path, "Authorization", scenario.token("aarhus")).json().get(0);
        assertThat(aarhus.get("status").asText()).isEqualTo("affected");
        assertThat(aarhus.get("version").asText()).isEqualTo("2.4.2");
        assertThat(aarhus.get("since").asText()).isNotBlank();
        var rows = http.get(path, "Authorization", scenario.token("manager")).json();
        rows.forEach(r -> assertThat(r.get("status").asText()).isEqualTo(switch (r.get("organisation").asText()) {
            case "aarhus", "aalborg", "silkeborg" -> "affected";
            case "koebenhavn", "vejle" -> "possibly-affected";
            default -> "not-affected";
        }));

        String exposure = "/api/v1/products/os2forms/security-exposure";
        assertThat(http.get(exposure).status()).isEqualTo(401);
        assertThat(http.get(exposure, "Authorization", scenario.token("aarhus")).status()).isEqualTo(403);
        assertThat(http.get(exposure, "Authorization", scenario.token("otherManager")).status()).isEqualTo(403);
        assertThat(organisations(exposure, "manager")).containsExactlyInAnyOrder("aarhus", "koebenhavn", "vejle", "aalborg",
                "silkeborg");
    }

    @Test
    void settingAStatus() {
        String aarhus = "/api/v1/security-notices/" + id + "/organisations/aarhus";
        assertThat(status(aarhus, null, "resolved").status()).isEqualTo(401);
        assertThat(status(aarhus, "aarhusMember", "resolved").status()).isEqualTo(403);
        assertThat(status(aarhus, "manager", "resolved").status()).isEqualTo(403);
        assertThat(status(aarhus, "odense", "resolved").status()).isEqualTo(403);
        var bad = status(aarhus, "aarhus", "affected");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("status");
        assertThat(status(aarhus, "aarhus", "fixed").status()).isEqualTo(422);
        var ok = status(aarhus, "aarhus", "resolved");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("status").asText()).isEqualTo("resolved");
        assertThat(ok.json().get("note").asText()).isEqualTo("opdateret");
        assertThat(status("/api/v1/security-notices/" + id + "/organisations/aalborg", "admin", "not-affected").status())
                .isEqualTo(200);
        assertThat(status("/api/v1/security-notices/" + id + "/organisations/esbjerg", "esbjerg", "resolved").status())
                .isEqualTo(404);
        var counts = http.get("/api/v1/security-notices/" + id).json();
        assertThat(counts.get("affected").asInt()).isEqualTo(1);
        assertThat(counts.get("resolved").asInt()).isEqualTo(1);
        assertThat(counts.get("possiblyAffected").asInt()).isEqualTo(2);
    }

    @Test
    void badInputIsASpecificProblemAndWritesNothing() {
        int before = jdbc.queryForObject("select count(*) from security_notice", Integer.class);
        assertProblem(NoticeScenario.BODY.replace(NoticeScenario.RANGE, "~2.4"), "affected", "'~' is not a comparator");
        assertProblem(NoticeScenario.BODY.replace(NoticeScenario.RANGE, ">=2.0 <latest"), "affected",
                "the first part 'latest' is not a number");
        assertProblem(NoticeScenario.BODY.replace(NoticeScenario.RANGE, ">=3 <2"), "affected", "matches no version");
        assertProblem(NoticeScenario.BODY.replace("\"high\"", "\"urgent\""), "severity", "not one of");
        assertProblem(NoticeScenario.BODY.replace("cve-2026-12345", "CVE-12"), "aliases[0]", "is not a CVE id");
        assertProblem(NoticeScenario.BODY.replace("\"2.4.3\"", "\"2.4.1\""), "fixed", "is itself in the affected range");
        assertProblem(NoticeScenario.BODY.replace("\"2.4.3\"", "\"next\""), "fixed", "the first part 'next' is not a number");
        assertProblem("{\"severity\": \"low\", \"affected\": \"<1\"}", "title", "required");
        assertThat(jdbc.queryForObject("select count(*) from security_notice", Integer.class)).isEqualTo(before);
        assertThat(http.get("/api/v1/security-notices/999999").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/security-notices/nope").status()).isEqualTo(400);
    }

    private void assertProblem(String body, String field, String message) {
        var answer = http.post("/api/v1/products/os2forms/security-notices", "application/json", bytes(body),
                "Authorization", scenario.token("manager"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"" + field.replace("[", "[") + "\"").contains(message.replace("'", "'"));
    }

    private List<String> organisations(String path, String who) {
        var answer = http.get(path, "Authorization", scenario.token(who));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        answer.json().forEach(r -> keys.add(r.get("organisation").asText()));
        return keys;
    }

    private Http.Response publish(String who) {
        return who == null ? http.post("/api/v1/products/os2forms/security-notices", "application/json", bytes(NoticeScenario.BODY))
                : http.post("/api/v1/products/os2forms/security-notices", "application/json", bytes(NoticeScenario.BODY),
                        "Authorization", scenario.token(who));
    }

    private Http.Response edit(String who, String ifMatch) {
        List<String> headers = new ArrayList<>();
        if (who != null) {
            headers.addAll(List.of("Authorization", scenario.token(who)));
        }
        if (ifMatch != null) {
            headers.addAll(List.of("If-Match", ifMatch));
        }
        return http.put("/api/v1/security-notices/" + id, "application/json",
                bytes(NoticeScenario.BODY.replace("Indsendte formularer kan læses af andre", "Rettet titel")),
                headers.toArray(String[]::new));
    }

    private Http.Response status(String path, String who, String status) {
        byte[] body = bytes("{\"status\": \"" + status + "\", \"note\": \"opdateret\"}");
        return who == null ? http.put(path, "application/json", body)
                : http.put(path, "application/json", body, "Authorization", scenario.token(who));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
