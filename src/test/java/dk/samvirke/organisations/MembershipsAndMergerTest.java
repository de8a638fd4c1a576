package dk.samvirke.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.people.ParticipationRole;
import dk.samvirke.statistics.Statistics;
import dk.samvirke.statistics.StatisticsService;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import dk.samvirke.usage.UsageStatus;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Membership periods through {@code PUT …/memberships}, and the merger of §8, over real HTTP. */
@IntegrationTest
class MembershipsAndMergerTest {

    static final String ADMIN = "Bearer test-admin-token";
    static final LocalDate DAY = LocalDate.of(2027, 1, 1);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    TestAccounts accounts;
    @Autowired
    StatisticsService statistics;
    @Autowired
    dk.samvirke.usage.UsageDirectory usages;

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void registry() {
        http = new Http(port);
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", LocalDate.of(2013, 1, 1));
        var hovedstaden = fixtures.organisation("region-hovedstaden", "Region Hovedstaden", OrganisationType.REGION);
        fixtures.organisation("region-sjaelland", "Region Sjælland", OrganisationType.REGION);
        var oest = fixtures.organisation("region-oestdanmark", "Region Østdanmark", OrganisationType.REGION);
        var faktor = fixtures.product("os2faktor", "OS2faktor", aarhus);
        var kitos = fixtures.product("os2kitos", "OS2kitos", aarhus);
        fixtures.usage(hovedstaden, faktor, UsageStatus.PRODUCTION, "3.2");
        fixtures.usage(hovedstaden, kitos, UsageStatus.PLANNED, null);
        fixtures.participation(fixtures.person("anne@rhovedstaden.dk", "Anne Hansen", hovedstaden), faktor,
                ParticipationRole.STEERING_COMMITTEE, null);
        // the old municipality and the new one of a reform, which keeps the old one's code
        var old = fixtures.municipality("gammel-kommune", "Gammel Kommune", "999", LocalDate.of(2015, 1, 1));
        var successor = fixtures.municipality("ny-kommune", "Ny Kommune", "998", null);
        fixtures.usage(old, faktor, UsageStatus.PRODUCTION, "1.0");
        fixtures.usage(successor, kitos, UsageStatus.PILOT, "2.0");
        fixtures.participation(fixtures.person("bo@gammel.dk", "Bo Berg", old), kitos, ParticipationRole.DEVELOPER, "1");
        put("/api/v1/organisations/region-hovedstaden/memberships", "[{\"since\": \"2020-01-01\"}]", ADMIN);
        jdbc.update("update organisation set founded_on = ? where id = ?", DAY, oest.getId());
    }

    @Test
    void theSecretariatReplacesThePeriodsWithIfMatchAndOverlapsNameBoth() {
        var read = http.get("/api/v1/organisations/aarhus");
        String etag = read.header("ETag");
        assertThat(read.json().get("memberships")).hasSize(1);

        var saved = put("/api/v1/organisations/aarhus/memberships",
                "[{\"since\": \"2013-01-01\", \"until\": \"2018-01-01\"}, {\"since\": \"2018-07-01\"}]", ADMIN, "If-Match", etag);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.header("ETag")).isNotEqualTo(etag);
        var again = http.get("/api/v1/organisations/aarhus");
        assertThat(again.header("ETag")).as("the answer's ETag is the organisation's").isEqualTo(saved.header("ETag"));
        assertThat(again.json().get("memberships")).extracting(p -> p.get("since").asString() + "–" + text(p.get("until")))
                .containsExactly("2013-01-01–2018-01-01", "2018-07-01–");
        assertThat(statistics.asOf(LocalDate.of(2017, 12, 31)).memberMunicipalities()).isEqualTo(2);
        assertThat(statistics.asOf(LocalDate.of(2018, 1, 1)).memberMunicipalities()).isEqualTo(1);
        assertThat(statistics.asOf(LocalDate.of(2018, 7, 1)).memberMunicipalities()).isEqualTo(2);

        var stale = put("/api/v1/organisations/aarhus/memberships", "[]", ADMIN, "If-Match", etag);
        assertThat(stale.status()).isEqualTo(412);

        var overlapping = put("/api/v1/organisations/aarhus/memberships",
                "[{\"since\": \"2013-01-01\", \"until\": \"2018-01-01\"}, {\"since\": \"2017-07-01\"}]", ADMIN);
        assertThat(overlapping.status()).isEqualTo(422);
        var problem = overlapping.json().get("errors").get(0);
        assertThat(problem.get("field").asString()).isEqualTo("memberships[1]");
        assertThat(problem.get("message").asString()).contains("memberships[0]", "2013-01-01", "2017-07-01");

        var tooEarly = put("/api/v1/organisations/aarhus/memberships", "[{\"since\": \"1899-12-31\"}]", ADMIN);
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.json().get("errors").get(0).get("field").asString()).isEqualTo("memberships[0].since");
        assertThat(http.get("/api/v1/organisations/aarhus").json().get("memberships")).as("nothing changed").hasSize(2);

        String ownAdmin = accounts.bearer("oa@aarhus.dk", "aarhus", TestAccounts.organisationAdmin("aarhus"));
        assertThat(put("/api/v1/organisations/aarhus/memberships", "[]", ownAdmin).status()).isEqualTo(403);
        assertThat(put("/api/v1/organisations/aarhus/memberships", "[]").status()).isEqualTo(401);
        assertThat(put("/api/v1/organisations/nowhere/memberships", "[]", ADMIN).status()).isEqualTo(404);
    }

    @Test
    void thePreviewTellsWhatMovesAndChangesNothing() {
        var preview = http.get("/api/v1/admin/organisations/region-hovedstaden/merge?into=region-oestdanmark&on=2027-01-01",
                "Authorization", ADMIN);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().get("applied").asBoolean()).isFalse();
        assertThat(kinds(preview.json())).containsExactly("dissolved", "membership-ends", "member-from", "usage-ends",
                "usage-continues", "person-moves");
        assertThat(http.get("/api/v1/organisations/region-hovedstaden").json().get("dissolvedOn").isNull()).isTrue();
        assertThat(http.get("/api/v1/admin/organisations/region-hovedstaden/merge?into=region-oestdanmark&on=2027-01-01")
                .status()).isEqualTo(401);
    }

    @Test
    void aMergerLeavesTheFiguresBeforeTheDayAndCarriesThemOverFromIt() {
        Statistics dayBefore = statistics.asOf(DAY.minusDays(1));
        assertThat(dayBefore).extracting(Statistics::members, Statistics::memberMunicipalities,
                Statistics::municipalUsages, Statistics::participants).containsExactly(3, 2, 2, 1);
        int auditEntries = count("audit_entry");

        var merged = post("/api/v1/admin/organisations/region-hovedstaden/merge",
                "{\"into\": \"region-oestdanmark\", \"on\": \"2027-01-01\"}");
        assertThat(merged.status()).isEqualTo(200);
        assertThat(merged.json().get("applied").asBoolean()).isTrue();
        var municipal = post("/api/v1/admin/organisations/gammel-kommune/merge", "{\"into\": \"ny-kommune\", \"on\": \"2027-01-01\"}");
        assertThat(kinds(municipal.json())).containsExactly("dissolved", "membership-ends", "member-from", "usage-ends",
                "usage-continues", "person-moves");

        assertThat(statistics.asOf(DAY.minusDays(1))).as("before the day nothing changed").isEqualTo(dayBefore);
        var onTheDay = statistics.asOf(DAY);
        assertThat(onTheDay).extracting(Statistics::members, Statistics::memberMunicipalities,
                Statistics::municipalUsages, Statistics::participants, Statistics::municipalities)
                .containsExactly(3, 2, 2, 1, 2);

        var hovedstaden = http.get("/api/v1/organisations/region-hovedstaden").json();
        assertThat(hovedstaden.get("dissolvedOn").asString()).isEqualTo("2027-01-01");
        assertThat(hovedstaden.get("successor").asString()).isEqualTo("region-oestdanmark");
        assertThat(hovedstaden.get("memberships").get(0).get("until").asString()).isEqualTo("2027-01-01");
        var oest = http.get("/api/v1/organisations/region-oestdanmark").json();
        assertThat(oest.get("predecessors")).extracting(JsonNode::asString).containsExactly("region-hovedstaden");
        assertThat(oest.get("memberships").get(0).get("since").asString()).isEqualTo("2027-01-01");
        assertThat(oest.get("usages")).extracting(u -> u.get("product").get("key").asString() + " " + u.get("status")
                .asString() + " " + u.get("since").asString()).containsExactly("os2faktor production 2027-01-01");
        assertThat(oest.get("participants")).extracting(p -> p.get("name").asString()).containsExactly("Anne Hansen");
        assertThat(hovedstaden.get("usages")).extracting(u -> u.get("product").get("key").asString() + " "
                + text(u.get("until")))
                .containsExactlyInAnyOrder("os2faktor 2027-01-01", "os2kitos ");
        assertThat(usages.currentOf("os2faktor", DAY)).as("whom to tell about the product from the day")
                .extracting(u -> u.organisation() + " " + u.productVersion() + " " + u.contactEmail())
                .containsExactly("ny-kommune 1.0 it@gammel-kommune.dk", "region-oestdanmark 3.2 it@region-hovedstaden.dk");
        assertThat(usages.currentOf("os2faktor", DAY.minusDays(1))).extracting(u -> u.organisation())
                .containsExactly("gammel-kommune", "region-hovedstaden");
        assertThat(count("audit_entry")).as("every change is in the history").isGreaterThan(auditEntries + 8);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'organisation'"
                + " and record_key = 'region-hovedstaden' and changes like '%dissolvedOn%'", Integer.class)).isEqualTo(1);

        // the other region joins the same day: the target is a member already, and uses what it brings
        var sjaelland = post("/api/v1/admin/organisations/region-sjaelland/merge",
                "{\"into\": \"region-oestdanmark\", \"on\": \"2027-01-01\"}");
        assertThat(sjaelland.status()).isEqualTo(200);
        assertThat(http.get("/api/v1/organisations/region-oestdanmark").json().get("predecessors"))
                .extracting(JsonNode::asString).containsExactlyInAnyOrder("region-hovedstaden", "region-sjaelland");
    }

    @Test
    void aMergerThatCannotBeIsRefusedNamingTheField() {
        assertThat(field(post("/api/v1/admin/organisations/region-hovedstaden/merge", "{\"into\": \"nowhere\", \"on\": \"2027-01-01\"}")))
                .isEqualTo("into");
        assertThat(field(post("/api/v1/admin/organisations/region-hovedstaden/merge",
                "{\"into\": \"region-hovedstaden\", \"on\": \"2027-01-01\"}"))).isEqualTo("into");
        assertThat(field(post("/api/v1/admin/organisations/region-hovedstaden/merge",
                "{\"into\": \"region-oestdanmark\", \"on\": \"+10000-01-01\"}"))).isEqualTo("on");
        assertThat(field(post("/api/v1/admin/organisations/region-hovedstaden/merge",
                "{\"into\": \"region-oestdanmark\", \"on\": \"2026-06-01\"}"))).as("Østdanmark is not yet founded")
                .isEqualTo("into");
        assertThat(post("/api/v1/admin/organisations/region-hovedstaden/merge",
                "{\"into\": \"region-oestdanmark\", \"on\": \"2027-01-01\"}").status()).isEqualTo(200);
        assertThat(field(post("/api/v1/admin/organisations/region-hovedstaden/merge",
                "{\"into\": \"region-oestdanmark\", \"on\": \"2028-01-01\"}"))).as("once is enough").isEqualTo("on");
        assertThat(post("/api/v1/admin/organisations/nowhere/merge", "{\"into\": \"aarhus\", \"on\": \"2027-01-01\"}")
                .status()).isEqualTo(404);
        String ownAdmin = accounts.bearer("oa@rsjaelland.dk", "region-sjaelland",
                TestAccounts.organisationAdmin("region-sjaelland"));
        assertThat(http.post("/api/v1/admin/organisations/region-sjaelland/merge", "application/json",
                "{}".getBytes(StandardCharsets.UTF_8), "Authorization", ownAdmin).status()).isEqualTo(403);
    }

    private static String field(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        return response.json().get("errors").get(0).get("field").asString();
    }

    private static java.util.List<String> kinds(JsonNode summary) {
        java.util.List<String> kinds = new java.util.ArrayList<>();
        summary.get("effects").forEach(e -> kinds.add(e.get("kind").asString()));
        return kinds;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asString();
    }

    private Http.Response put(String path, String json, String... headers) {
        String[] all = headers.length == 0 ? new String[0] : headers.length == 1
                ? new String[] {"Authorization", headers[0]} : withAuthorization(headers);
        return http.put(path, "application/json", json.getBytes(StandardCharsets.UTF_8), all);
    }

    private static String[] withAuthorization(String[] headers) {
        String[] all = new String[headers.length + 1];
        all[0] = "Authorization";
        System.arraycopy(headers, 0, all, 1, headers.length);
        return all;
    }

    private Http.Response post(String path, String json) {
        return http.post(path, "application/json", json.getBytes(StandardCharsets.UTF_8), "Authorization", ADMIN);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
