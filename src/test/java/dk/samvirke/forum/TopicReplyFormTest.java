package dk.samvirke.forum;

import static dk.samvirke.forum.ForumTestSupport.topic;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reply form: no error before anything was sent, the error after an empty reply, sign-in back to the topic. */
@IntegrationTest
class TopicReplyFormTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ForumMail mail;

    Http http;

    @BeforeEach
    void setUp() {
        RegistryCleaner.clean(jdbc);
        http = new Http(port);
    }

    @Test
    void theReplyFormShowsNoErrorUntilAnEmptyReplyIsSent() {
        String asker = accounts.bearer("asker@example.org", null, TestAccounts.member());
        long id = topic(http, asker, "general", "question", "Et spørgsmål", "Hvordan?").json().get("id").asLong();
        var browser = SignedInBrowser.signIn(http, mail, "asker@example.org");

        String page = browser.get("/forum/topics/" + id).body();
        assertThat(page).contains("forum-reply-form").doesNotContain("Skriv et svar først.");
        assertThat(browser.get("/forum/topics/" + id + "?lang=en").body()).doesNotContain("Write a reply first.");

        var empty = browser.form("/forum/topics/" + id + "/svar", "body=");
        String shown = empty.status() == 302 ? browser.get(empty.header("Location").replaceAll("#.*", "").replaceFirst("^https?://[^/]+", "")).body() : empty.body();
        assertThat(shown).contains("Skriv et svar først.");
    }

    @Test
    void signingInToReplyReturnsToTheTopic() {
        String asker = accounts.bearer("asker@example.org", null, TestAccounts.member());
        long id = topic(http, asker, "general", "question", "Et spørgsmål", "Hvordan?").json().get("id").asLong();
        assertThat(http.get("/forum/topics/" + id).body())
                .contains("href=\"/login?continue=/forum/topics/" + id + "%23svar\"");
    }
}
