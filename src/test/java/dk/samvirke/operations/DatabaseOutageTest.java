package dk.samvirke.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.SamvirkeApplication;
import dk.samvirke.support.Http;
import dk.samvirke.support.ThrowawayPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database goes away under the running application and comes back (§13): a throwaway PostgreSQL cluster
 * of the test's own, stopped and started by it. Answers come within 5 seconds (503 with Retry-After, problem
 * details or the friendly page), health and readiness say DOWN and then UP by themselves, and a write refused
 * during the outage is not committed afterwards.
 */
@EnabledIf("enabled")
class DatabaseOutageTest {

    /** In the PostgreSQL run of the suite (and bench/faults), where the machine can make clusters. */
    static boolean enabled() {
        return ThrowawayPostgres.available() && ("postgres".equals(System.getProperty("samvirke.test.database"))
                || Boolean.getBoolean("samvirke.faults"));
    }

    static final int PORT = Integer.getInteger("samvirke.test.outage-port", 5442);
    static final Duration PROMPT = Duration.ofSeconds(5);

    static ThrowawayPostgres postgres;
    static ConfigurableApplicationContext application;
    static Http http;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void start() {
        postgres = ThrowawayPostgres.create("samvirke-outage", PORT);
        application = new SpringApplicationBuilder(SamvirkeApplication.class).profiles("test")
                .run("--spring.datasource.url=" + postgres.jdbcUrl(), "--spring.datasource.username=postgres",
                        "--spring.datasource.password=", "--server.port=0", "--samvirke.data-dir=target/test-data-outage");
        http = new Http(Integer.parseInt(application.getEnvironment().getProperty("local.server.port")));
        jdbc = application.getBean(JdbcTemplate.class);
        jdbc.update("insert into organisation (org_key, name, type, country, version, created_at, updated_at)"
                + " values ('aarhus', 'Aarhus Kommune', 'municipality', 'DK', 0, current_timestamp, current_timestamp)");
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            application.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void whileTheDatabaseIsAwayEveryAnswerIsAPrompt503AndItRecoversByItself() throws Exception {
        assertThat(http.get("/api/v1/organisations").status()).isEqualTo(200);
        assertThat(http.get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");
        var writer = new Writer();
        writer.start();
        Thread.sleep(500);

        postgres.stop();
        try {
            var api = timed(() -> http.get("/api/v1/statistics"));
            assertThat(api.status()).isEqualTo(503);
            assertThat(api.header("Content-Type")).startsWith("application/problem+json");
            assertThat(api.header("Retry-After")).isNotBlank();

            var page = timed(() -> http.get("/produkter", "Accept", "text/html"));
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.body()).contains("Samvirke er midlertidigt utilgængelig", "temporarily unavailable");
            assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'");

            var write = timed(() -> http.post("/api/v1/organisations/aarhus/people", "application/json",
                    "{\"email\": \"lost@aarhus.dk\", \"name\": \"Lost\"}".getBytes(StandardCharsets.UTF_8),
                    "Authorization", "Bearer test-admin-token"));
            assertThat(write.status()).isEqualTo(503);

            for (String health : new String[] {"/actuator/health", "/actuator/health/readiness"}) {
                var down = timed(() -> http.get(health));
                assertThat(down.status()).as(health).isEqualTo(503);
                assertThat(down.json().get("status").asString()).as(health).isEqualTo("DOWN");
            }
            assertThat(http.get("/actuator/health/liveness").json().get("status").asString())
                    .as("the process itself is fine: no restart wanted").isEqualTo("UP");
        } finally {
            postgres.start();
        }

        Instant deadline = Instant.now().plusSeconds(30);
        while (http.get("/actuator/health/readiness").status() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(http.get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");
        assertThat(http.get("/actuator/health").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/organisations").status()).isEqualTo(200);
        Thread.sleep(1000);
        writer.finish();
        Thread.sleep(1000);
        assertThat(jdbc.queryForObject("select count(*) from person where email = 'lost@aarhus.dk'", Integer.class))
                .as("the write refused during the outage is not committed later").isZero();

        // The writer that kept going through it all: every answer a 201 or a 503, and exactly the 201s are stored.
        System.out.printf("outage: %d writes, %d answered 201, %d answered 503, the slowest in %d ms%n",
                writer.answers.size(), writer.count(201), writer.count(503), writer.slowest);
        assertThat(writer.answers.values()).isNotEmpty().allMatch(status -> status == 201 || status == 503);
        assertThat(writer.count(503)).as("some writes met the outage").isPositive();
        assertThat(writer.slowest).isLessThan(PROMPT.toMillis());
        var stored = jdbc.queryForList("select email from person where email like 'w%'", String.class);
        assertThat(stored).containsExactlyInAnyOrderElementsOf(writer.answers.entrySet().stream()
                .filter(e -> e.getValue() == 201).map(java.util.Map.Entry::getKey).toList());
    }

    /** Creates a person every 50 ms, each with its own address, and notes each answer. */
    private static final class Writer extends Thread {

        final java.util.Map<String, Integer> answers = new java.util.concurrent.ConcurrentHashMap<>();
        volatile boolean running = true;
        volatile long slowest;

        @Override
        public void run() {
            for (int i = 0; running && i < 2000; i++) {
                String email = "w" + i + "@aarhus.dk";
                Instant start = Instant.now();
                var response = http.post("/api/v1/organisations/aarhus/people", "application/json",
                        ("{\"email\": \"" + email + "\", \"name\": \"W\"}").getBytes(StandardCharsets.UTF_8),
                        "Authorization", "Bearer test-admin-token");
                slowest = Math.max(slowest, Duration.between(start, Instant.now()).toMillis());
                answers.put(email, response.status());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void finish() throws InterruptedException {
            running = false;
            join(10_000);
        }

        long count(int status) {
            return answers.values().stream().filter(s -> s == status).count();
        }
    }

    private static Http.Response timed(java.util.function.Supplier<Http.Response> request) {
        Instant start = Instant.now();
        var response = request.get();
        assertThat(Duration.between(start, Instant.now())).as("answered promptly").isLessThan(PROMPT);
        return response;
    }
}
