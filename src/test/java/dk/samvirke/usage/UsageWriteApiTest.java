package dk.samvirke.usage;

import static dk.samvirke.support.TestAccounts.admin;
import static dk.samvirke.support.TestAccounts.member;
import static dk.samvirke.support.TestAccounts.organisationAdmin;
import static dk.samvirke.support.TestAccounts.productManager;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.history.History;
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

@IntegrationTest
class UsageWriteApiTest {

    static final String BODY = """
            {"status": "production", "version": "3.4", "since": "2024-01-01", "until": null}""";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    History history;

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus-kommune", "Aarhus Kommune", "751", null);
        fixtures.municipality("odense-kommune", "Odense Kommune", "461", null);
        fixtures.product("os2mo", "OS2mo", aarhus);
    }

    Http.Response put(String organisation, String body, String... headers) {
        return http.put("/api/v1/organisations/" + organisation + "/usages/os2mo", "application/json",
                body.getBytes(StandardCharsets.UTF_8), headers);
    }

    @Test
    void onlyAdminsAndTheOrganisationsOwnAdminsMayRecordItsUsage() {
        String ownAdmin = accounts.bearer("anne@aarhus.dk", "aarhus-kommune", organisationAdmin("aarhus-kommune"));
        String foreignAdmin = accounts.bearer("ole@odense.dk", "odense-kommune", organisationAdmin("odense-kommune"));
        String manager = accounts.bearer("pm@aarhus.dk", "aarhus-kommune", productManager("os2mo"));
        String memberOfAarhus = accounts.bearer("m@aarhus.dk", "aarhus-kommune", member());
        String administrator = accounts.bearer("sek@os2.eu", null, admin());

        assertThat(put("aarhus-kommune", BODY).status()).isEqualTo(401);
        assertThat(put("aarhus-kommune", BODY, "Authorization", foreignAdmin).status()).isEqualTo(403);
        assertThat(put("aarhus-kommune", BODY, "Authorization", manager).status()).isEqualTo(403);
        assertThat(put("aarhus-kommune", BODY, "Authorization", memberOfAarhus).status()).isEqualTo(403);
        assertThat(put("aarhus-kommune", BODY, "Authorization", "Bearer smv_forged").status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from product_usage", Integer.class)).isZero();

        var created = put("aarhus-kommune", BODY, "Authorization", ownAdmin);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("production");
        assertThat(put("odense-kommune", BODY, "Authorization", administrator).status()).isEqualTo(201);
        assertThat(put("odense-kommune", BODY, "Authorization", foreignAdmin).status()).isEqualTo(200);
        // The unknown organisation is the admin's business only: to others it is just forbidden.
        assertThat(put("nowhere", BODY, "Authorization", ownAdmin).status()).isEqualTo(403);
        assertThat(put("nowhere", BODY, "Authorization", administrator).status()).isEqualTo(404);
    }

    @Test
    void ifMatchDetectsAChangeMadeMeanwhile() {
        String ownAdmin = accounts.bearer("anne@aarhus.dk", "aarhus-kommune", organisationAdmin("aarhus-kommune"));
        var first = put("aarhus-kommune", BODY, "Authorization", ownAdmin);
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();

        var second = put("aarhus-kommune", BODY.replace("3.4", "3.5"), "Authorization", ownAdmin, "If-Match", etag);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.header("ETag")).isNotEqualTo(etag);

        var stale = put("aarhus-kommune", BODY.replace("3.4", "9.9"), "Authorization", ownAdmin, "If-Match", etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(jdbc.queryForObject("select product_version from product_usage", String.class)).isEqualTo("3.5");

        long usageId = jdbc.queryForObject("select id from product_usage", Long.class);
        assertThat(history.ofRecord("usage", usageId, true)).first()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("anne@aarhus.dk");
                    assertThat(e.changes().get("productVersion")).containsExactly("3.4", "3.5");
                });
    }

    @Test
    void invalidFieldsAreNamed() {
        String administrator = accounts.bearer("sek@os2.eu", null, admin());
        var invalid = put("aarhus-kommune", """
                {"status": "running", "since": "2024-02-30", "until": "2020-01-01", "contactEmail": "nobody"}""",
                "Authorization", administrator);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors")).extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("status", "since", "contactEmail");
    }
}
