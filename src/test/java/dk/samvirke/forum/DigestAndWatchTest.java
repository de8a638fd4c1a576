package dk.samvirke.forum;

import static dk.samvirke.forum.ForumTestSupport.reply;
import static dk.samvirke.forum.ForumTestSupport.topic;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.MailServer;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Watching topics and categories, mentions, the daily digest, and the opt-out page without signing in. */
@IntegrationTest
class DigestAndWatchTest {

    @RegisterExtension
    static GreenMailExtension mail = MailServer.start();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ForumMail forumMail;

    Http http;

    @BeforeEach
    void setUp() {
        RegistryCleaner.clean(jdbc);
        http = new Http(port);
    }

    @Test
    void watchersOfACategoryHearOfNewTopicsAndADigestCollectsThemOnceADay() throws Exception {
        String reader = accounts.bearer("reader@example.org", null, TestAccounts.member());
        assertThat(ForumTestSupport.put(http, "/api/v1/forum/categories/general/watch", reader, Map.of("watching", true))
                .status()).isEqualTo(204);
        String writer = accounts.bearer("writer@example.org", null, TestAccounts.member());

        topic(http, writer, "general", "discussion", "Første", "en");
        assertThat(ProductQuestionMailTest.recipients(MailServer.delivered(mail, jdbc))).containsExactly("reader@example.org");
        assertThat(MailServer.delivered(mail, jdbc)[0].getContent().toString()).contains("du følger kategorien Generelt");

        // The reader switches to a daily digest through the link in the e-mail, without signing in.
        String token = forumMail.tokenFor("reader@example.org");
        var page = http.get("/forum/afmeld?token=" + token);
        String cookie = page.header("Set-Cookie").split(";")[0];
        var saved = http.post("/forum/afmeld", "application/x-www-form-urlencoded",
                ("token=" + token + "&delivery=digest&_csrf=" + UnsubscribeFlow.csrf(page.body())).getBytes(),
                "Cookie", cookie);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).contains("Du får nu én samlet oversigt om dagen.");

        mail.reset();
        topic(http, writer, "general", "discussion", "Anden", "to");
        topic(http, writer, "general", "question", "Tredje", "tre");
        assertThat(MailServer.delivered(mail, jdbc)).isEmpty();

        assertThat(forumMail.sendDigests()).isEqualTo(1);
        var digest = MailServer.delivered(mail, jdbc);
        assertThat(digest).hasSize(1);
        assertThat(digest[0].getSubject()).contains("(2)");
        assertThat(digest[0].getContent().toString()).contains("Anden", "Tredje", "/forum/afmeld?token=");
        assertThat(forumMail.sendDigests()).as("each notification once").isZero();
    }

    @Test
    void repliesReachTheTopicsWatchersAndMentionsTheMentioned() throws Exception {
        String asker = accounts.bearer("mette.hansen@aarhus.dk", null, TestAccounts.member());
        String helper = accounts.bearer("helper@example.org", null, TestAccounts.member());
        accounts.bearer("jens@odense.dk", null, TestAccounts.member());
        long id = topic(http, asker, "general", "question", "Spørgsmål", "?").json().get("id").asLong();
        assertThat(MailServer.delivered(mail, jdbc)).isEmpty();

        reply(http, helper, id, "Spørg @jens – eller `@ikke.i.kode` – og @mette.hansen ved det.");
        var received = MailServer.delivered(mail, jdbc);
        assertThat(ProductQuestionMailTest.recipients(received))
                .containsExactlyInAnyOrder("mette.hansen@aarhus.dk", "jens@odense.dk");
        assertThat(ProductQuestionMailTest.only(received, "jens@odense.dk").getSubject()).contains("nævnte dig");

        // The asker stops watching: the next reply reaches only the helper, who now watches.
        assertThat(ForumTestSupport.put(http, "/api/v1/forum/topics/" + id + "/watch", asker,
                Map.of("watching", false)).status()).isEqualTo(204);
        mail.reset();
        reply(http, asker, id, "Tak!");
        assertThat(ProductQuestionMailTest.recipients(MailServer.delivered(mail, jdbc))).containsExactly("helper@example.org");
    }
}
