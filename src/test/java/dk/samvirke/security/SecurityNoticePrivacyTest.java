package dk.samvirke.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * §10 privacy, on every public answer fetched anonymously: which organisation runs an affected version never
 * appears (notice pages, API, OSV, feed, search, statistics, open data), and no answer carries the version an
 * organisation runs (product and organisation pages and API, usage lists, open data, search, feeds).
 */
@IntegrationTest
class SecurityNoticePrivacyTest {

    /** The versions the scenario's organisations run; none may appear in any public answer. */
    static final List<String> VERSIONS = List.of("2.4.2", "2.10.0", "ukendt", "2.4.3-rc.1", "v1.9.9");
    /** The organisations a notice concerns; none may appear in any public answer about notices. */
    static final List<String> CONCERNED = List.of("aarhus", "Aarhus", "odense", "Odense", "koebenhavn", "Koebenhavn",
            "vejle", "Vejle", "aalborg", "Aalborg", "silkeborg", "Silkeborg");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    TestAccounts accounts;

    Http http;
    long id;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        var scenario = NoticeScenario.build(jdbc, fixtures, accounts);
        id = http.post("/api/v1/products/os2forms/security-notices", "application/json",
                NoticeScenario.BODY.getBytes(StandardCharsets.UTF_8), "Authorization", scenario.token("manager"))
                .json().get("id").asLong();
        http.put("/api/v1/security-notices/" + id + "/organisations/aarhus", "application/json",
                "{\"status\": \"resolved\", \"note\": \"Aarhus opdaterede\"}".getBytes(StandardCharsets.UTF_8),
                "Authorization", scenario.token("aarhus"));
    }

    @Test
    void noPublicAnswerAboutNoticesNamesAnOrganisationOrAVersion() {
        for (String path : List.of("/sikkerhed", "/sikkerhed?lang=en", "/sikkerhed/" + id, "/security/" + id + "?lang=en",
                "/sikkerhed?produkt=os2forms", "/api/v1/security-notices", "/api/v1/security-notices?product=os2forms",
                "/api/v1/security-notices/" + id, "/api/v1/security-notices/" + id + "/osv.json", "/feeds/sikkerhed.atom",
                "/api/v1/statistics", "/api/v1/statistics/series?from=2026-01-01&to=2027-01-01&step=month")) {
            var answer = http.get(path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            String body = answer.body();
            assertThat(body).as(path).doesNotContain(CONCERNED).doesNotContain(VERSIONS)
                    .doesNotContain("opdaterede").doesNotContain("@");
        }
        // pages that name organisations for other reasons name none for the notice
        for (String path : List.of("/statistik", "/", "/statistik?lang=en")) {
            assertThat(http.get(path).body()).as(path).doesNotContain(VERSIONS).doesNotContain("Indsendte formularer")
                    .doesNotContain("berørt").doesNotContain("affected");
        }
        // the counts are there, and the notice
        assertThat(http.get("/api/v1/security-notices/" + id).body()).contains("\"affected\":2", "\"possiblyAffected\":2",
                "\"resolved\":1", "CVE-2026-12345");
        assertThat(http.get("/sikkerhed/" + id).body()).contains("Indsendte formularer kan læses af andre")
                .contains("2 organisationer kører en berørt version");
        // whom it concerns is not public
        assertThat(http.get("/api/v1/security-notices/" + id + "/organisations").status()).isEqualTo(401);
        assertThat(http.get("/api/v1/products/os2forms/security-exposure").status()).isEqualTo(401);
        assertThat(http.get("/sikkerhed/" + id + "/status/aarhus").status()).isEqualTo(302);
    }

    @Test
    void searchFindsNoOrganisationThroughANotice() {
        for (String q : List.of("Indsendte", "formularer", "CVE-2026-12345", "os2forms", "aarhus", "2.4.2")) {
            var answer = http.get("/api/v1/search?q=" + q);
            assertThat(answer.status()).as(q).isIn(200, 400);
            assertThat(answer.body()).as(q).doesNotContain(VERSIONS).doesNotContain("affected").doesNotContain("berørt");
        }
    }

    @Test
    void noAnonymousAnswerCarriesTheVersionAnOrganisationRuns() throws Exception {
        for (String path : List.of("/produkter/os2forms", "/products/os2forms?lang=en", "/produkter",
                "/organisationer/aarhus", "/organisationer/aalborg", "/organisationer/koebenhavn", "/organisationer",
                "/api/v1/products/os2forms", "/api/v1/products/os2forms/usages", "/api/v1/products/os2forms/usages?size=100",
                "/api/v1/products", "/api/v1/organisations/aarhus", "/api/v1/organisations/silkeborg",
                "/api/v1/organisations", "/feeds/produkter.atom", "/api/v1/catalogue.ttl", "/api/v1/search?q=aarhus")) {
            var answer = http.get(path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.body()).as(path).doesNotContain(VERSIONS)
                    .doesNotContain("Indsendte formularer"); // an organisation's open notices are for its admins only
        }
        // status and since stay
        var usages = http.get("/api/v1/products/os2forms/usages?size=100").json();
        usages.get("items").forEach(u -> {
            assertThat(u.get("status").asString()).isNotBlank();
            assertThat(u.get("since").asString()).isEqualTo("2020-01-01");
            assertThat(u.get("version").isNull()).isTrue();
        });
        // the open data: no versions, no statuses per organisation
        var zip = new ZipInputStream(new ByteArrayInputStream(http.get("/api/v1/open-data.zip").bytes()));
        List<String> names = new ArrayList<>();
        for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            names.add(entry.getName());
            String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).as(entry.getName()).doesNotContain(VERSIONS).doesNotContain("possibly-affected")
                    .doesNotContain("opdaterede");
        }
        assertThat(names).contains("datapackage.json");
    }
}
