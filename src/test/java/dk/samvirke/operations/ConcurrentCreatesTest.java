package dk.samvirke.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two writers creating the same record at the same moment, over real HTTP (§13): the database's unique
 * keys hold, and the loser hears 200 or 409, never 500. Each round sends its requests through a barrier.
 */
@IntegrationTest
class ConcurrentCreatesTest {

    static final String ADMIN = "Bearer test-admin-token";
    static final int ROUNDS = 6;
    static final int WRITERS = 3;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    TestAccounts accounts;

    Http http;
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);

    @BeforeEach
    void setUp() {
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        for (int i = 0; i < ROUNDS; i++) {
            fixtures.product("p" + i, "Product " + i, aarhus);
        }
        http = new Http(port);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void usages() throws Exception {
        byte[] body = json("{\"status\": \"production\", \"version\": \"1.0\"}");
        race(i -> http.put("/api/v1/organisations/aarhus/usages/p" + i, "application/json", body, "Authorization", ADMIN));
        assertThat(count("product_usage")).isEqualTo(ROUNDS);
    }

    @Test
    void people() throws Exception {
        race(i -> http.post("/api/v1/organisations/aarhus/people", "application/json",
                json("{\"email\": \"p" + i + "@aarhus.dk\", \"name\": \"P\"}"), "Authorization", ADMIN));
        assertThat(count("person")).isEqualTo(ROUNDS);
    }

    @Test
    void accounts() throws Exception {
        race(i -> http.post("/api/v1/admin/accounts", "application/json",
                json("{\"email\": \"a" + i + "@aarhus.dk\", \"name\": \"A\", \"organisation\": \"aarhus\","
                        + " \"roles\": [{\"role\": \"member\"}]}"),
                "Authorization", ADMIN));
        assertThat(count("account")).isEqualTo(ROUNDS);
    }

    @Test
    void likesAndWatches() throws Exception {
        String reader = accounts.bearer("reader@aarhus.dk", "aarhus", TestAccounts.member());
        List<Long> posts = new ArrayList<>();
        List<Long> topics = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            // By the bootstrap administrator, whom no posting limit holds back.
            var topic = http.post("/api/v1/forum/topics", "application/json", json("{\"category\": \"general\","
                    + " \"kind\": \"discussion\", \"title\": \"Emne " + i + "\", \"body\": \"Tekst\"}"), "Authorization", ADMIN);
            assertThat(topic.status()).as(topic.body()).isEqualTo(201);
            topics.add(topic.json().get("id").asLong());
            posts.add(http.get("/api/v1/forum/topics/" + topics.get(i)).json().get("posts").get(0).get("id").asLong());
        }
        race(i -> http.post("/api/v1/forum/posts/" + posts.get(i) + "/likes", "application/json", new byte[0],
                "Authorization", reader));
        race(i -> http.put("/api/v1/forum/topics/" + topics.get(i) + "/watch", "application/json",
                json("{\"watching\": true}"), "Authorization", reader));
        assertThat(count("forum_like")).isEqualTo(ROUNDS);
        assertThat(count("forum_watch")).isEqualTo(ROUNDS);
    }

    /** Runs each round's writers at once; every answer is a success or 409, none a server error. */
    private void race(IntFunction<Http.Response> request) throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            int i = round;
            var barrier = new CyclicBarrier(WRITERS);
            List<Future<Http.Response>> answers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                answers.add(pool.submit(() -> {
                    barrier.await();
                    return request.apply(i);
                }));
            }
            for (var answer : answers) {
                var response = answer.get();
                assertThat(response.status()).as(response.body()).isIn(200, 201, 204, 409);
                if (response.status() == 409) {
                    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                }
            }
        }
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
