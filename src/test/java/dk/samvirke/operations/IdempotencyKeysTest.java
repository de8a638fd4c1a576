package dk.samvirke.operations;

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

/** Idempotency keys on creating POSTs (§13), over real HTTP: a retry is answered as the first time. */
@IntegrationTest
class IdempotencyKeysTest {

    static final String ADMIN = "Bearer test-admin-token";
    static final String PEOPLE = "/api/v1/organisations/aarhus/people";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    TestAccounts accounts;

    Http http;

    @BeforeEach
    void setUp() {
        RegistryCleaner.clean(jdbc);
        fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        http = new Http(port);
    }

    @Test
    void theSameKeyAndRequestGetTheFirstAnswerAgainAndCreateNothing() {
        var first = http.post(PEOPLE, "application/json", person("Anne"), "Authorization", ADMIN, "Idempotency-Key", "k-1");
        assertThat(first.status()).isEqualTo(201);
        var again = http.post(PEOPLE, "application/json", person("Anne"), "Authorization", ADMIN, "Idempotency-Key", "k-1");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(count()).isEqualTo(1);

        var without = http.post(PEOPLE, "application/json", person("Anne"), "Authorization", ADMIN);
        assertThat(without.status()).as("without a key, the usual answer").isEqualTo(409);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        http.post(PEOPLE, "application/json", person("Anne"), "Authorization", ADMIN, "Idempotency-Key", "k-2");
        var other = http.post(PEOPLE, "application/json", person("Bo"), "Authorization", ADMIN, "Idempotency-Key", "k-2");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.header("Content-Type")).startsWith("application/problem+json");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void keysBelongToWhoeverSentThemAndWorkOnEveryCreatingPost() {
        String member = accounts.bearer("m@aarhus.dk", "aarhus", TestAccounts.member());
        byte[] topic = ("{\"category\": \"general\", \"kind\": \"discussion\", \"title\": \"Emne\", \"body\": \"Tekst\"}")
                .getBytes(StandardCharsets.UTF_8);
        var first = http.post("/api/v1/forum/topics", "application/json", topic, "Authorization", member,
                "Idempotency-Key", "same");
        var retry = http.post("/api/v1/forum/topics", "application/json", topic, "Authorization", member,
                "Idempotency-Key", "same");
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(jdbc.queryForObject("select count(*) from forum_topic", Integer.class)).isEqualTo(1);

        var someoneElse = http.post("/api/v1/forum/topics", "application/json", topic, "Authorization", ADMIN,
                "Idempotency-Key", "same");
        assertThat(someoneElse.status()).as("another caller's key of the same name is theirs").isEqualTo(201);
        assertThat(someoneElse.header("Idempotent-Replayed")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from forum_topic", Integer.class)).isEqualTo(2);
    }

    @Test
    void aMalformedKeyIs400AndTheApiDescriptionNamesTheHeader() {
        assertThat(http.post(PEOPLE, "application/json", person("Anne"), "Authorization", ADMIN,
                "Idempotency-Key", "x".repeat(201)).status()).isEqualTo(400);
        assertThat(count()).isZero();
        assertThat(http.get("/v3/api-docs").body()).contains("Idempotency-Key");
    }

    private static byte[] person(String name) {
        return ("{\"email\": \"anne@aarhus.dk\", \"name\": \"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from person", Integer.class);
    }
}
