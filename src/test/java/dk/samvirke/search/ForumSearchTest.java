package dk.samvirke.search;

import static dk.samvirke.support.TestAccounts.member;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The site search finds forum topics and posts, with Danish stemming, and never hidden ones. */
@IntegrationTest
class ForumSearchTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ADMIN = "Bearer test-admin-token";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void clean() {
        http = new Http(port);
        RegistryCleaner.clean(jdbc);
    }

    long post(String path, String bearer, Map<String, Object> body) {
        var response = http.post(path, "application/json", JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8),
                "Authorization", bearer);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    JsonNode search(String q) {
        return http.get("/api/v1/search?q=" + q).json();
    }

    @Test
    void findsTopicsByTitleAndPostsByTextButNothingHidden() {
        String member = accounts.bearer("mette@aarhus.dk", null, member());
        long topic = post("/api/v1/forum/topics", member, Map.of("category", "general", "kind", "question",
                "title", "Hvordan opgraderer vi databasen?", "body", "Vi skal opgradere fra version 3."));
        post("/api/v1/forum/topics/" + topic + "/posts", member, Map.of("body", "Opgraderingen gik fint hos os i Odense."));

        var found = search("opgraderingen");
        assertThat(found.at("/counts/topics").asInt()).isEqualTo(1);
        // The opening post is the topic's result, not a post result of its own: only the reply is one.
        assertThat(found.at("/counts/posts").asInt()).isEqualTo(1);
        var topicHit = found.at("/groups/topics/items/0");
        assertThat(topicHit.get("url").asString()).isEqualTo("/forum/topics/" + topic);
        assertThat(topicHit.get("titleHtml").asString()).contains("<mark>");
        assertThat(topicHit.get("snippetHtml").asString()).isEqualTo("Vi skal <mark>opgradere</mark> fra version 3.");
        assertThat(found.at("/groups/posts/items/0/url").asString()).startsWith("/forum/topics/" + topic + "#post-");
        assertThat(found.at("/groups/posts/items/0/snippetHtml").asString()).contains("gik fint hos os i Odense");

        var hide = http.post("/api/v1/forum/topics/" + topic + "/moderation", "application/json",
                "{\"hidden\": true}".getBytes(StandardCharsets.UTF_8), "Authorization", ADMIN);
        assertThat(hide.status()).as(hide.body()).isEqualTo(204);
        var afterHiding = search("opgraderingen");
        assertThat(afterHiding.at("/counts/topics").asInt()).isZero();
        assertThat(afterHiding.at("/counts/posts").asInt()).as("posts of a hidden topic").isZero();
    }

    @Test
    void aTopicWhoseTitleAndOpeningPostBothMatchIsOneResultWithItsTextAsPlainText() {
        String member = accounts.bearer("mette@aarhus.dk", null, member());
        long topic = post("/api/v1/forum/topics", member, Map.of("category", "general", "kind", "discussion",
                "title", "Login med MitID", "body", """
                        ## Sådan gør vi

                        Log ind med **MitID** og læs [vejledningen](https://example.org/mitid-guide) først.
                        Kør `os2 login --help` <b>bagefter</b>."""));

        var found = search("mitid");
        assertThat(found.at("/counts/topics").asInt()).isEqualTo(1);
        assertThat(found.at("/counts/posts").asInt()).isZero();
        String snippet = found.at("/groups/topics/items/0/snippetHtml").asString();
        assertThat(snippet).contains("Log ind med <mark>MitID</mark> og læs vejledningen først.")
                .doesNotContain("**", "](", "https://example.org", "##");
        assertThat(search("vejledningen").at("/groups/topics/items/0/snippetHtml").asString())
                .contains("<mark>vejledningen</mark>");
        assertThat(search("bagefter").at("/groups/topics/items/0/snippetHtml").asString())
                .isEqualTo("Kør os2 login --help &lt;b&gt;<mark>bagefter</mark>&lt;/b&gt;.");
        assertThat(search("mitid-guide").at("/counts/topics").asInt()).as("a link's address is not its text").isZero();

        // A hidden opening post takes its text out of the topic's result; the title still finds it.
        long opening = http.get("/api/v1/forum/topics/" + topic).json().at("/posts/0/id").asLong();
        var hide = http.post("/api/v1/forum/posts/" + opening + "/hidden", "application/json",
                "{\"hidden\": true}".getBytes(StandardCharsets.UTF_8), "Authorization", ADMIN);
        assertThat(hide.status()).as(hide.body()).isEqualTo(204);
        assertThat(search("vejledningen").at("/counts/topics").asInt()).isZero();
        assertThat(search("mitid").at("/groups/topics/items/0/snippetHtml").isMissingNode()
                || search("mitid").at("/groups/topics/items/0/snippetHtml").isNull()).isTrue();
    }
}
