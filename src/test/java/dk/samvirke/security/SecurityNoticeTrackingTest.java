package dk.samvirke.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * §10 tracking: a usage whose version is changed to one outside the range turns resolved by itself (through the
 * usage module's event, after its commit); back in the range it is affected again. The OSV answer, and
 * openSecurityNotices (§3.1) on any date.
 */
@IntegrationTest
class SecurityNoticeTrackingTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    TestAccounts accounts;
    @Autowired
    NoticeDirectory directory;
    @Autowired
    dk.samvirke.importing.DataPackageImporter importer;

    Http http;
    NoticeScenario scenario;
    long id;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        scenario = NoticeScenario.build(jdbc, fixtures, accounts);
        id = http.post("/api/v1/products/os2forms/security-notices", "application/json",
                NoticeScenario.BODY.getBytes(StandardCharsets.UTF_8), "Authorization", scenario.token("manager"))
                .json().get("id").asLong();
    }

    @Test
    void updatingTheVersionResolvesByItself() {
        setVersion("aarhus", "2.4.3");
        assertThat(row("aarhus").get("status").asText()).isEqualTo("resolved");
        assertThat(row("aarhus").get("setByUsage").asBoolean()).isTrue();
        assertThat(row("aarhus").get("version").asText()).isEqualTo("2.4.3");
        var counts = http.get("/api/v1/security-notices/" + id).json();
        assertThat(counts.get("affected").asInt()).isEqualTo(2);
        assertThat(counts.get("resolved").asInt()).isEqualTo(1);

        setVersion("vejle", "2.5.0"); // possibly affected → now readable and outside: resolved
        assertThat(row("vejle").get("status").asText()).isEqualTo("resolved");
        setVersion("koebenhavn", "2.4.1"); // possibly affected → affected
        assertThat(row("koebenhavn").get("status").asText()).isEqualTo("affected");
        setVersion("aarhus", "2.4.0"); // back in the range
        assertThat(row("aarhus").get("status").asText()).isEqualTo("affected");
        setVersion("odense", "2.3"); // not affected → affected (a version in the range)
        assertThat(row("odense").get("status").asText()).isEqualTo("affected");
    }

    @Test
    void openSecurityNoticesOnAnyDate() {
        LocalDate today = LocalDate.now(dk.samvirke.shared.TimeConfiguration.COPENHAGEN);
        assertThat(directory.openOn(today)).isEqualTo(1);
        assertThat(directory.openOn(today.minusDays(1))).isZero(); // not yet published
        assertThat(http.get("/api/v1/statistics").json().get("openSecurityNotices").asInt()).isEqualTo(1);
        assertThat(http.get("/api/v1/statistics?asOf=" + today.minusDays(1)).json().get("openSecurityNotices").asInt())
                .isZero();
        for (String org : new String[] {"aarhus", "aalborg", "silkeborg", "koebenhavn", "vejle"}) {
            jdbc.update("update security_notice_status set status = 'resolved' where until is null"
                    + " and organisation_id = (select id from organisation where org_key = ?)", org);
        }
        assertThat(directory.openOn(today)).isZero();
        // the periods' history: exposed from the day before yesterday until yesterday
        jdbc.update("update security_notice set published_on = ?", today.minusDays(5));
        jdbc.update("insert into security_notice_status (notice_id, organisation_id, status, since, until, set_by, changed_at)"
                + " select ?, id, 'affected', ?, ?, 'usage', current_timestamp from organisation where org_key = 'aarhus'",
                id, today.minusDays(2), today.minusDays(1));
        assertThat(directory.openOn(today.minusDays(2))).isEqualTo(1);
        assertThat(directory.openOn(today.minusDays(1))).isZero();
        assertThat(directory.openOn(today.minusDays(3))).isZero();
    }

    @Test
    void osv() {
        var osv = http.get("/api/v1/security-notices/" + id + "/osv.json");
        assertThat(osv.status()).isEqualTo(200);
        JsonNode json = osv.json();
        assertThat(json.get("schema_version").asText()).isEqualTo("1.6.0");
        assertThat(json.get("id").asText()).isEqualTo("SAMVIRKE-" + id);
        assertThat(json.get("modified").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(json.get("aliases").get(0).asText()).isEqualTo("CVE-2026-12345");
        assertThat(json.get("summary").asText()).isEqualTo("Indsendte formularer kan læses af andre");
        var affected = json.get("affected").get(0);
        var events = affected.get("ranges").get(0).get("events");
        assertThat(affected.get("ranges").get(0).get("type").asText()).isEqualTo("ECOSYSTEM");
        assertThat(events.get(0).get("introduced").asText()).isEqualTo("2.0.0");
        assertThat(events.get(1).get("fixed").asText()).isEqualTo("2.4.3");
        assertThat(affected.get("versions").get(0).asText()).isEqualTo("1.9.9");
        assertThat(osv.body()).doesNotContain("aarhus").doesNotContain("Aarhus").doesNotContain("2.4.2");
    }

    @Test
    void anImportOfUsagesIsLookedAtToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        // One package changes aarhus to a fixed version and koebenhavn (no readable version) to one in the range.
        java.nio.file.Files.writeString(folder.resolve("usages.csv"), """
                organisation,product,status,since,until,version,contact_email
                aarhus,os2forms,production,2020-01-01,,2.4.3,
                koebenhavn,os2forms,production,2020-01-01,,2.4.1,
                """);
        var outcome = importer.importPackage(folder, dk.samvirke.importing.ImportProgressListener.NONE);
        assertThat(outcome).isInstanceOf(dk.samvirke.importing.ImportOutcome.Imported.class);
        assertThat(row("aarhus").get("status").asText()).isEqualTo("resolved");
        assertThat(row("aarhus").get("version").asText()).isEqualTo("2.4.3");
        assertThat(row("koebenhavn").get("status").asText()).isEqualTo("affected");
    }

    private void setVersion(String org, String version) {
        String token = org.equals("aarhus") ? scenario.token("aarhus") : scenario.token("admin");
        var answer = http.put("/api/v1/organisations/" + org + "/usages/os2forms", "application/json",
                ("{\"status\": \"production\", \"version\": \"" + version + "\", \"since\": \"2020-01-01\"}")
                        .getBytes(StandardCharsets.UTF_8), "Authorization", token);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        awaitEvents();
    }

    /** The usage module's event is handled after its commit, on a thread of its own. */
    private void awaitEvents() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline && jdbc.queryForObject("select count(*) from event_publication"
                + " where completion_date is null and event_type like '%UsageChanged'", Integer.class) > 0) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private JsonNode row(String org) {
        for (JsonNode r : http.get("/api/v1/security-notices/" + id + "/organisations", "Authorization",
                scenario.token("manager")).json()) {
            if (r.get("organisation").asText().equals(org)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + org);
    }
}
