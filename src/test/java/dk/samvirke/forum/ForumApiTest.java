package dk.samvirke.forum;

import static dk.samvirke.forum.ForumTestSupport.post;
import static dk.samvirke.forum.ForumTestSupport.reply;
import static dk.samvirke.forum.ForumTestSupport.topic;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The forum API of interfaces.md §7: shapes, status codes, who may accept, moderation and rate limits. */
@IntegrationTest
class ForumApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    TestAccounts accounts;

    Http http;

    @BeforeEach
    void setUp() {
        RegistryCleaner.clean(jdbc);
        http = new Http(port);
        registry.product("os2mo", "OS2mo", null);
    }

    @Test
    void categoriesAreTheAssociationsAndOnePerProductMadeWithTheProduct() {
        registry.product("os2forms", "OS2forms", null);
        JsonNode answer = http.get("/api/v1/forum/categories").json();
        List<String> keys = new ArrayList<>();
        answer.get("items").forEach(c -> keys.add(c.get("key").asString()));
        assertThat(keys).contains("general", "announcements", "product:os2mo", "product:os2forms");
        assertThat(answer.get("total").asInt()).isEqualTo(keys.size());
        var os2mo = find(answer.get("items"), "product:os2mo");
        assertThat(os2mo.get("product").asString()).isEqualTo("os2mo");
        assertThat(os2mo.get("name").asString()).isEqualTo("OS2mo");
        assertThat(find(answer.get("items"), "general").get("names").get("en").asString()).isEqualTo("General");
    }

    @Test
    void aQuestionIsAskedReadAndAnswered() {
        String asker = accounts.bearer("asker@example.org", null, TestAccounts.member());
        String helper = accounts.bearer("helper@example.org", null, TestAccounts.member());

        var created = topic(http, asker, "product:os2mo", "question", "Hvordan?", "**Hjælp** mig");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("url").asString()).endsWith("/forum/topics/" + id);
        assertThat(created.header("Location")).endsWith("/forum/topics/" + id);

        var answer = reply(http, helper, id, "Sådan: `./mvnw`");
        assertThat(answer.status()).isEqualTo(201);
        long answerId = answer.json().get("id").asLong();

        JsonNode topic = http.get("/api/v1/forum/topics/" + id).json();
        assertThat(topic.get("id").asLong()).isEqualTo(id);
        assertThat(topic.get("title").asString()).isEqualTo("Hvordan?");
        assertThat(topic.get("kind").asString()).isEqualTo("question");
        assertThat(topic.get("category").asString()).isEqualTo("product:os2mo");
        assertThat(topic.get("acceptedPost").isNull()).isTrue();
        assertThat(topic.get("posts")).hasSize(2);
        JsonNode first = topic.get("posts").get(0);
        assertThat(first.get("author").asString()).isEqualTo("asker@example.org");
        assertThat(first.get("html").asString()).isEqualTo("<p><strong>Hjælp</strong> mig</p>\n");
        assertThat(first.get("createdAt").isNull()).isFalse();
        assertThat(first.get("id").asLong()).isPositive();
        assertThat(topic.get("posts").get(1).get("html").asString()).contains("<code>./mvnw</code>");

        assertThat(http.post("/api/v1/forum/posts/" + answerId + "/accept", "application/json", new byte[0],
                "Authorization", asker).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/forum/topics/" + id).json().get("acceptedPost").asLong()).isEqualTo(answerId);
    }

    @Test
    void writesNeedSignInAndValidInput() {
        assertThat(topic(http, null, "general", "question", "T", "B").status()).isEqualTo(401);
        String member = accounts.bearer("member@example.org", null, TestAccounts.member());
        assertThat(topic(http, member, "no-such", "question", "T", "B").status()).isEqualTo(422);
        assertThat(topic(http, member, "general", "poll", "T", "B").status()).isEqualTo(422);
        assertThat(topic(http, member, "general", "question", " ", "B").status()).isEqualTo(422);
        assertThat(topic(http, member, "general", "question", "T", "x".repeat(20_001)).status()).isEqualTo(422);
        assertThat(topic(http, member, "announcements", "discussion", "T", "B").status()).isEqualTo(403);
        assertThat(http.get("/api/v1/forum/topics/999999").status()).isEqualTo(404);
        assertThat(reply(http, member, 999999, "B").status()).isEqualTo(404);
        long id = topic(http, member, "general", "discussion", "T", "B").json().get("id").asLong();
        assertThat(reply(http, null, id, "B").status()).isEqualTo(401);
        assertThat(reply(http, member, id, "").status()).isEqualTo(422);
    }

    @Test
    void onlyTheAskerTheProductsManagersAndAdminsAccept() {
        String asker = accounts.bearer("asker@example.org", null, TestAccounts.member());
        String other = accounts.bearer("other@example.org", null, TestAccounts.member());
        String manager = accounts.bearer("manager@example.org", null, TestAccounts.productManager("os2mo"));
        registry.product("os2forms", "OS2forms", null);
        String otherManager = accounts.bearer("manager2@example.org", null, TestAccounts.productManager("os2forms"));
        String admin = accounts.bearer("admin@example.org", null, TestAccounts.admin());

        long id = topic(http, asker, "product:os2mo", "question", "Q", "?").json().get("id").asLong();
        long opening = http.get("/api/v1/forum/topics/" + id).json().get("posts").get(0).get("id").asLong();
        long a1 = reply(http, other, id, "A1").json().get("id").asLong();
        long a2 = reply(http, other, id, "A2").json().get("id").asLong();

        assertThat(accept(a1, other).status()).isEqualTo(403);
        assertThat(accept(a1, otherManager).status()).isEqualTo(403);
        assertThat(accept(a1, null).status()).isEqualTo(401);
        assertThat(accept(a1, asker).status()).isEqualTo(200);
        assertThat(accept(a2, manager).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/forum/topics/" + id).json().get("acceptedPost").asLong()).isEqualTo(a2);
        assertThat(accept(a1, admin).status()).isEqualTo(200);
        assertThat(accept(opening, asker).status()).isEqualTo(422);
        assertThat(accept(999999, asker).status()).isEqualTo(404);

        long discussion = topic(http, asker, "general", "discussion", "D", "d").json().get("id").asLong();
        long reply = reply(http, other, discussion, "r").json().get("id").asLong();
        assertThat(accept(reply, admin).status()).isIn(403, 422);
    }

    @Test
    void postingFasterThanTheLimitAnswers429WithRetryAfter() {
        String member = accounts.bearer("fast@example.org", null, TestAccounts.member());
        long id = topic(http, member, "general", "discussion", "T", "1").json().get("id").asLong();
        for (int i = 2; i <= 5; i++) {
            assertThat(reply(http, member, id, "post " + i).status()).isEqualTo(201);
        }
        var refused = reply(http, member, id, "post 6");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        // Someone else is not held back by it.
        String calm = accounts.bearer("calm@example.org", null, TestAccounts.member());
        assertThat(reply(http, calm, id, "hej").status()).isEqualTo(201);
    }

    @Test
    void moderatorsHideAndLock() {
        String author = accounts.bearer("author@example.org", null, TestAccounts.member());
        String member = accounts.bearer("member@example.org", null, TestAccounts.member());
        String manager = accounts.bearer("manager@example.org", null, TestAccounts.productManager("os2mo"));
        long id = topic(http, author, "product:os2mo", "discussion", "T", "text").json().get("id").asLong();
        long spam = reply(http, member, id, "Køb billige ure").json().get("id").asLong();

        assertThat(post(http, "/api/v1/forum/posts/" + spam + "/flags", author, Map.of("reason", "spam")).status())
                .isEqualTo(202);
        assertThat(post(http, "/api/v1/forum/posts/" + spam + "/hidden", member, Map.of("hidden", true)).status())
                .isEqualTo(403);
        assertThat(post(http, "/api/v1/forum/posts/" + spam + "/hidden", manager, Map.of("hidden", true)).status())
                .isEqualTo(204);
        assertThat(http.get("/api/v1/forum/topics/" + id).json().get("posts")).hasSize(1);
        assertThat(http.get("/api/v1/forum/topics/" + id, "Authorization", manager).json().get("posts")).hasSize(2);
        assertThat(http.get("/forum/topics/" + id).body()).doesNotContain("billige ure");

        assertThat(post(http, "/api/v1/forum/topics/" + id + "/moderation", member, Map.of("locked", true)).status())
                .isEqualTo(403);
        assertThat(post(http, "/api/v1/forum/topics/" + id + "/moderation", manager, Map.of("locked", true)).status())
                .isEqualTo(204);
        assertThat(reply(http, member, id, "mere").status()).isEqualTo(403);
        assertThat(reply(http, manager, id, "Låst, se ny tråd").status()).isEqualTo(201);

        assertThat(post(http, "/api/v1/forum/topics/" + id + "/moderation", manager, Map.of("hidden", true)).status())
                .isEqualTo(204);
        assertThat(http.get("/api/v1/forum/topics/" + id).status()).isEqualTo(404);
        assertThat(http.get("/forum/topics/" + id, "Accept", "text/html").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/forum/topics/" + id, "Authorization", manager).status()).isEqualTo(200);
    }

    @Test
    void editsKeepTheEarlierText() {
        String author = accounts.bearer("author@example.org", null, TestAccounts.member());
        String other = accounts.bearer("other@example.org", null, TestAccounts.member());
        long id = topic(http, author, "general", "discussion", "T", "første udgave").json().get("id").asLong();
        long postId = http.get("/api/v1/forum/topics/" + id).json().get("posts").get(0).get("id").asLong();
        assertThat(ForumTestSupport.put(http, "/api/v1/forum/posts/" + postId, other, Map.of("body", "hacked")).status())
                .isEqualTo(403);
        assertThat(ForumTestSupport.put(http, "/api/v1/forum/posts/" + postId, author, Map.of("body", "anden udgave"))
                .status()).isEqualTo(204);
        var post = http.get("/api/v1/forum/topics/" + id).json().get("posts").get(0);
        assertThat(post.get("html").asString()).contains("anden udgave");
        assertThat(post.get("editedAt").isNull()).isFalse();
        assertThat(jdbc.queryForObject("select body from forum_post_revision where post_id = ?", String.class, postId))
                .isEqualTo("første udgave");
    }

    @Test
    void theBootstrapAdministratorCanPostWithoutAnAccount() {
        var created = topic(http, "Bearer test-admin-token", "announcements", "discussion", "Velkommen", "Hej alle");
        assertThat(created.status()).isEqualTo(201);
        assertThat(http.get("/api/v1/forum/topics/" + created.json().get("id").asLong()).json()
                .get("posts").get(0).get("author").asString()).isNotBlank();
    }

    private Http.Response accept(long post, String bearer) {
        return bearer == null ? http.post("/api/v1/forum/posts/" + post + "/accept", "application/json", new byte[0])
                : http.post("/api/v1/forum/posts/" + post + "/accept", "application/json", new byte[0],
                        "Authorization", bearer);
    }

    private static JsonNode find(JsonNode items, String key) {
        for (JsonNode item : items) {
            if (item.get("key").asString().equals(key)) {
                return item;
            }
        }
        throw new AssertionError("no category " + key);
    }
}
