package dk.samvirke.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dk.samvirke.SamvirkeApplication;
import dk.samvirke.accounts.AccountManagement;
import dk.samvirke.accounts.AccountRequests.NewAccount;
import dk.samvirke.accounts.AccountRequests.RoleRequest;
import dk.samvirke.search.SearchIndexing;
import dk.samvirke.search.SearchRequest;
import dk.samvirke.search.SiteSearch;
import dk.samvirke.support.RegistryFixtures;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes on one database (interfaces.md §13, README "Several nodes"): PostgreSQL with
 * {@code -Ppostgres}, otherwise H2 in server mode (a TCP server this test starts, so that the nodes share a
 * database as two processes would and nothing else does). Each node is a whole application context with a
 * web server of its own; what a node keeps in its memory is exactly what two processes would not share.
 *
 * <p>Search: with the embedded Lucene backend every node has an index of its own, filled from the database
 * at start and kept up to date with that node's own writes only; another node's write is found there after
 * that node's next start or rebuild ({@link SearchIndexing#rebuild()}), which is what this test shows. Nodes
 * that must find each other's writes share an OpenSearch/Elasticsearch cluster (README "Search"); with
 * {@code -Popensearch} ({@code samvirke.test.search=opensearch}) both nodes use the profile's node and a
 * write on one is found on the other at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralNodesTest {

    private static final String PASSWORD = "grøn hest spiser blå bananer";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    /** Which node ran each probe job instance, as many times as it ran. */
    static final Map<String, List<String>> RUNS = new ConcurrentHashMap<>();

    private Server h2;
    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;

    @BeforeAll
    void startTwoNodes() throws Exception {
        String url;
        if ("postgres".equals(System.getProperty("samvirke.test.database"))) {
            url = System.getProperty("samvirke.test.postgres-url", "jdbc:postgresql://127.0.0.1:5432/samvirke_test");
        } else {
            h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
            url = "jdbc:h2:tcp://localhost:" + h2.getPort() + "/mem:several-nodes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                    + ";DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        }
        // One after the other: the first migrates the database, the second finds it migrated.
        a = node("a", url);
        b = node("b", url);
        var jdbc = a.getBean(JdbcTemplate.class);
        jdbc.update("delete from security_event");
        jdbc.update("delete from scheduled_tasks where task_name = 'several-nodes-probe'");
    }

    @AfterAll
    void stopNodes() {
        for (var node : new ConfigurableApplicationContext[] {b, a}) {
            if (node != null) {
                node.close();
            }
        }
        if (h2 != null) {
            h2.stop();
        }
    }

    private static ConfigurableApplicationContext node(String name, String url) {
        List<String> properties = new ArrayList<>(List.of(
                "server.port=0",
                "spring.datasource.url=" + url,
                "samvirke.data-dir=target/several-nodes/" + name,
                "samvirke.node-name=" + name,
                // Both nodes poll for due jobs; neither runs a job it queued itself at once.
                "db-scheduler.polling-interval=1s",
                "db-scheduler.immediate-execution-enabled=false",
                "samvirke.cache.version-check=200ms"));
        if ("opensearch".equals(System.getProperty("samvirke.test.search"))) {
            properties.add("spring.jpa.properties.hibernate.search.backend.type=elasticsearch");
            properties.add("spring.jpa.properties.hibernate.search.backend.hosts=" + openSearchAddress());
            properties.add("spring.jpa.properties.hibernate.search.backend.version=opensearch:2.19");
        }
        String[] profiles = "postgres".equals(System.getProperty("samvirke.test.database"))
                ? new String[] {"test", "postgres"} : new String[] {"test"};
        // As command-line arguments, which win over the test profile's properties (as they would on a real node).
        return new SpringApplicationBuilder(SamvirkeApplication.class, ProbeJob.class)
                .profiles(profiles)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    /** The opensearch profile's node (its class is on the class path only with the profile). */
    private static String openSearchAddress() {
        try {
            var node = Class.forName("dk.samvirke.support.OpenSearchBackend").getDeclaredMethod("node");
            node.setAccessible(true);
            Object started = node.invoke(null);
            var address = started.getClass().getDeclaredMethod("address");
            address.setAccessible(true);
            return String.valueOf(address.invoke(started));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("-Popensearch without its OpenSearch node", e);
        }
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getBean(Environment.class).getProperty("local.server.port"));
    }

    @Test
    void aSessionSignedInOnOneNodeWorksOnTheOtherAndEndsOnBoth() {
        a.getBean(JdbcTemplate.class).update("delete from security_event"); // the throttle test's failures
        a.getBean(AccountManagement.class).create(new NewAccount("nodes@example.dk", "Nora Node", null, PASSWORD,
                List.of(new RoleRequest("member", null, null))));
        var browser = new Browser();
        browser.get(a, "/login");
        var signedIn = browser.post(a, "/login", "username", "nodes@example.dk", "password", PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        var onB = browser.get(b, "/konto");
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("nodes@example.dk");
        assertThat(new Browser().get(b, "/konto").statusCode()).as("without the cookie").isEqualTo(302);

        browser.post(b, "/logout");
        assertThat(browser.get(a, "/konto").statusCode()).as("signed out on b, so on a").isEqualTo(302);
    }

    @Test
    void theSignInThrottleCountsTheAttemptsOnBothNodes() {
        var browser = new Browser();
        browser.get(a, "/login");
        for (int attempt = 0; attempt < 10; attempt++) {
            var node = attempt % 2 == 0 ? a : b;
            var answer = browser.post(node, "/login", "username", "nobody-" + attempt + "@example.dk", "password", "wrong");
            assertThat(answer.statusCode()).as("attempt %d", attempt + 1).isEqualTo(302);
        }
        // Five failures on each node: either would let five more through if it counted alone.
        for (var node : List.of(a, b)) {
            var held = browser.post(node, "/login", "username", "nobody@example.dk", "password", "wrong");
            assertThat(held.statusCode()).isEqualTo(429);
            assertThat(held.headers().firstValue("Retry-After")).isPresent();
        }
    }

    @Test
    void aQueuedJobRunsOnceOnOneOfTheNodes() throws InterruptedException {
        var client = a.getBean(SchedulerClient.class);
        var probe = ProbeJob.TASK;
        for (int i = 0; i < 12; i++) {
            client.scheduleIfNotExists(probe.instance("probe-" + i), Instant.now());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (RUNS.size() < 12 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(2500); // two more polling rounds on each node: nothing runs twice
        assertThat(RUNS).as("runs; the table holds %s", a.getBean(JdbcTemplate.class).queryForList(
                "select task_instance, execution_time, picked, picked_by from scheduled_tasks")).hasSize(12);
        assertThat(RUNS.values()).allSatisfy(nodes -> assertThat(nodes).hasSize(1));
    }

    @Test
    void aWriteOnOneNodeIsSeenOnTheOthersPagesAndFoundByItsSearch() throws InterruptedException {
        a.getBean(RegistryFixtures.class).product("tvaerknude", "Tværknude", null);
        // b has seen the product's creation before its ETag is taken (else the ETag is of the version before).
        awaitSameVersion();

        // The page: b keeps it, a's write (plain SQL here) raises the shared version, b answers anew.
        var visitor = new Browser();
        assertThat(visitor.get(b, "/produkter/tvaerknude").body()).contains("Tværknude");
        String etag = visitor.get(b, "/produkter/tvaerknude").headers().firstValue("ETag").orElseThrow();
        assertThat(visitor.get(b, "/produkter/tvaerknude", "If-None-Match", etag).statusCode()).isEqualTo(304);
        a.getBean(JdbcTemplate.class).update("update product set name = 'Tværknude 2' where product_key = 'tvaerknude'");
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!visitor.get(b, "/produkter/tvaerknude").body().contains("Tværknude 2") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(visitor.get(b, "/produkter/tvaerknude").body()).contains("Tværknude 2");
        assertThat(visitor.get(b, "/produkter/tvaerknude", "If-None-Match", etag).statusCode()).isEqualTo(200);

        // Search: indexed on a as it was written there.
        assertThat(found(a, "Tværknude")).isTrue();
        if ("opensearch".equals(System.getProperty("samvirke.test.search"))) {
            assertThat(found(b, "Tværknude")).as("one index for both nodes").isTrue();
        } else {
            assertThat(found(b, "Tværknude")).as("b's own Lucene index has not seen a's write").isFalse();
            b.getBean(SearchIndexing.class).rebuild();
            assertThat(found(b, "Tværknude")).as("after b's rebuild").isTrue();
        }
    }

    /** Until b knows the registry version the database holds now. */
    private void awaitSameVersion() throws InterruptedException {
        long now = a.getBean(JdbcTemplate.class).queryForObject("select version from registry_version where id = 1",
                Long.class);
        var ofB = b.getBean(dk.samvirke.shared.RegistryVersion.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline && !java.util.OptionalLong.of(now).equals(ofB.current())) {
            Thread.sleep(20);
        }
    }

    private static boolean found(ConfigurableApplicationContext node, String words) {
        var results = node.getBean(SiteSearch.class).search(new SearchRequest(words, "products", null, 1, 10));
        return results.groups().stream().mapToLong(g -> g.total()).sum() > 0;
    }

    /** A job every node knows; each run notes the node that ran it. */
    @Configuration(proxyBeanMethods = false)
    static class ProbeJob {

        static final OneTimeTask<Void> TASK = Tasks.oneTime("several-nodes-probe")
                .execute((instance, context) -> RUNS.computeIfAbsent(instance.getId(), id -> new CopyOnWriteArrayList<>())
                        .add(context.getExecution().pickedBy));

        @Bean
        OneTimeTask<Void> severalNodesProbe() {
            return TASK;
        }
    }

    /** One browser: cookies kept, redirects not followed, the CSRF token of the last page carried by its forms. */
    private static final class Browser {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new SharedCookies()).followRedirects(HttpClient.Redirect.NEVER).build();
        private String csrf;

        HttpResponse<String> get(ConfigurableApplicationContext node, String path, String... headers) {
            var request = HttpRequest.newBuilder(uri(node, path)).GET().header("Accept", "text/html");
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return send(request);
        }

        HttpResponse<String> post(ConfigurableApplicationContext node, String path, String... fields) {
            var body = new StringBuilder("_csrf=").append(csrf == null ? "" : URLEncoder.encode(csrf, StandardCharsets.UTF_8));
            for (int i = 0; i + 1 < fields.length; i += 2) {
                body.append('&').append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
            return send(HttpRequest.newBuilder(uri(node, path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        private static URI uri(ConfigurableApplicationContext node, String path) {
            return URI.create("http://localhost:" + port(node) + path);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                var token = CSRF.matcher(response.body());
                if (token.find()) {
                    csrf = token.group(1);
                }
                return response;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Cookies by host name, whatever the port, as a browser keeps them: both nodes are {@code localhost} behind
     * one load balancer's address.
     */
    private static final class SharedCookies extends CookieManager {

        SharedCookies() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }
    }
}
