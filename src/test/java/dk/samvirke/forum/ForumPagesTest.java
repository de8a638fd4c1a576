package dk.samvirke.forum;

import static dk.samvirke.forum.ForumTestSupport.reply;
import static dk.samvirke.forum.ForumTestSupport.topic;
import static dk.samvirke.forum.SignedInBrowser.enc;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The pages: reading anonymously, and writing with plain forms and with htmx. */
@IntegrationTest
class ForumPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ForumMail mail;

    Http http;

    @BeforeEach
    void setUp() {
        RegistryCleaner.clean(jdbc);
        http = new Http(port);
        registry.product("os2mo", "OS2mo", null);
    }

    @Test
    void anonymousReadersSeeTheFrontCategoriesTopicsAndTheProductTab() {
        String asker = accounts.bearer("asker@example.org", null, TestAccounts.member());
        long question = topic(http, asker, "product:os2mo", "question", "Opgradering til 3.0", "Hvordan?")
                .json().get("id").asLong();
        String helper = accounts.bearer("helper@example.org", null, TestAccounts.member());
        long answer = reply(http, helper, question, "Sådan her.").json().get("id").asLong();
        reply(http, helper, question, "Og i øvrigt.");
        http.post("/api/v1/forum/posts/" + answer + "/accept", "application/json", new byte[0], "Authorization", asker);
        topic(http, asker, "general", "question", "Ubesvaret spørgsmål", "?");

        String front = http.get("/forum").body();
        assertThat(front).contains("Opgradering til 3.0", "Ubesvaret spørgsmål", "Løst", "OS2mo", "Generelt",
                "Log ind for at skrive");
        assertThat(front.substring(front.indexOf("unanswered-heading"))).contains("Ubesvaret spørgsmål")
                .doesNotContain("Opgradering til 3.0");
        assertThat(front).contains("href=\"/forum\"").contains("class=\"nav-link\"");

        String topicPage = http.get("/forum/topics/" + question).body();
        int opening = topicPage.indexOf("Hvordan?");
        int accepted = topicPage.indexOf("Sådan her.");
        int other = topicPage.indexOf("Og i øvrigt.");
        assertThat(opening).isPositive().isLessThan(accepted);
        assertThat(accepted).isLessThan(other);
        assertThat(topicPage).contains("Accepteret svar", "Log ind for at svare").doesNotContain("forum-reply-form");

        assertThat(http.get("/forum/kategorier/product:os2mo").body()).contains("Opgradering til 3.0");
        String product = http.get("/produkter/os2mo").body();
        assertThat(product).contains("forum-heading", "Opgradering til 3.0", "/forum/kategorier/product:os2mo");
        assertThat(http.get("/forum/personer/" + jdbc.queryForObject(
                "select id from account where email = 'helper@example.org'", Long.class)).body())
                .contains("Opgradering til 3.0").doesNotContain("Ubesvaret spørgsmål");
        assertThat(http.get("/forum?lang=en").body()).contains("Unanswered questions");
        assertThat(http.get("/forum/topics/999999", "Accept", "text/html").status()).isEqualTo(404);
    }

    @Test
    void formsWorkWithoutJavaScriptAndWithHtmx() {
        accounts.bearer("writer@example.org", null, TestAccounts.member());
        var browser = SignedInBrowser.signIn(http, mail, "writer@example.org");

        var started = browser.form("/forum/ny", "category=general&kind=question&title=" + enc("Et spørgsmål")
                + "&body=" + enc("Hvad *gør* vi?") + "&tags=" + enc("drift, opgradering"));
        assertThat(started.status()).isEqualTo(302);
        String location = started.header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String page = browser.get("/forum/topics/" + id).body();
        assertThat(page).contains("<em>gør</em>", "#drift", "#opgradering", "forum-reply-form");

        var plain = browser.form("/forum/topics/" + id + "/svar", "body=" + enc("Svar uden JavaScript"));
        assertThat(plain.status()).isEqualTo(302);
        assertThat(plain.header("Location")).contains("/forum/topics/" + id + "#post-");

        var htmx = browser.form("/forum/topics/" + id + "/svar", "body=" + enc("Svar med **htmx**"),
                "HX-Request", "true");
        assertThat(htmx.status()).isEqualTo(200);
        assertThat(htmx.body().strip()).startsWith("<article").contains("<strong>htmx</strong>").doesNotContain("<html");

        var empty = browser.form("/forum/topics/" + id + "/svar", "body=", "HX-Request", "true");
        assertThat(empty.header("HX-Retarget")).isEqualTo("#reply-error");
        assertThat(empty.body()).contains("Skriv et svar først.");

        // Liking someone else's post, plainly and with htmx.
        String other = accounts.bearer("other@example.org", null, TestAccounts.member());
        long theirs = reply(http, other, id, "Andens svar").json().get("id").asLong();
        assertThat(browser.form("/forum/indlaeg/" + theirs + "/like", "like=true").status()).isEqualTo(302);
        var unlike = browser.form("/forum/indlaeg/" + theirs + "/like", "like=false", "HX-Request", "true");
        assertThat(unlike.body()).contains("forum-like", "Synes godt om (0)");
        assertThat(browser.form("/forum/indlaeg/" + theirs + "/like", "like=true", "HX-Request", "true").body())
                .contains("Synes godt om (1)", "aria-pressed=\"true\"");

        // Read markers: another's reply made the topic unread; reading it clears that until the next reply.
        assertThat(browser.get("/forum").body()).contains("Ny aktivitet");
        browser.get("/forum/topics/" + id);
        assertThat(browser.get("/forum").body()).doesNotContain("Ny aktivitet");
        reply(http, other, id, "Endnu et svar");
        assertThat(browser.get("/forum").body()).contains("Ny aktivitet");
    }

    @Test
    void anonymousFormPostsGoToSignIn() {
        assertThat(http.get("/forum/ny").status()).isEqualTo(302);
        assertThat(http.get("/forum/ny").header("Location")).endsWith("/login");
    }
}
