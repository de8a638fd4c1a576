package dk.samvirke.forum;

import static dk.samvirke.forum.ForumTestSupport.reply;
import static dk.samvirke.forum.ForumTestSupport.topic;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole XSS corpus through the API: neither the API's html nor the topic page executes any of it. */
@IntegrationTest
class XssApiAndPageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Test
    void noVectorSurvivesAsMarkupWhileSafeLinksDo() {
        RegistryCleaner.clean(jdbc);
        var http = new Http(port);
        // An administrator: the rate limit would otherwise stop a corpus this size.
        String admin = accounts.bearer("xss-admin@example.org", null, TestAccounts.admin());
        var created = topic(http, admin, "general", "discussion", "<script>alert('title')</script>",
                "Se [vejledningen](https://os2.eu/vejledning) eller skriv til <it@aarhus.dk>.");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        int stored = 0;
        for (String vector : XssCorpus.VECTORS) {
            // Text with the NUL character is refused outright (400), on every database: PostgreSQL cannot store it.
            int expected = vector.indexOf('\0') >= 0 ? 400 : 201;
            assertThat(reply(http, admin, id, vector).status()).as(vector).isEqualTo(expected);
            stored += expected == 201 ? 1 : 0;
        }

        var posts = http.get("/api/v1/forum/topics/" + id).json().get("posts");
        assertThat(posts).hasSize(stored + 1);
        for (var post : posts) {
            String html = post.get("html").asString();
            assertThat(ExecutableMarkup.inFragment(html)).as(html).isEmpty();
        }
        assertThat(posts.get(0).get("html").asString())
                .contains("<a href=\"https://os2.eu/vejledning\" rel=\"nofollow noopener\">vejledningen</a>")
                .contains("href=\"mailto:it&#64;aarhus.dk\"");

        var page = http.get("/forum/topics/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(ExecutableMarkup.inPage(page.body())).isEmpty();
        assertThat(page.body()).contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;")
                .contains("<a href=\"https://os2.eu/vejledning\" rel=\"nofollow noopener\">vejledningen</a>");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
    }
}
