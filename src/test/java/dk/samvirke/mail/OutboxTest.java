package dk.samvirke.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.MailServer;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.SignedIn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * The outbox against a real SMTP server that is away and then back: the mail waits, the admin's page says
 * so, a resubmission delivers it once, and a retry after delivery (a crash before the publication completed)
 * sends nothing again.
 */
@IntegrationTest
class OutboxTest {

    static final String ADMIN = "Bearer test-admin-token";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    WebApplicationContext context;

    @BeforeEach
    void clean() {
        RegistryCleaner.clean(jdbc);
    }

    @Test
    void anInvitationWaitsForTheMailServerIsSentOnceWhenItAnswersAndThePagesSayHowItStands() throws Exception {
        var http = new Http(port);
        var created = http.post("/api/v1/admin/accounts", "application/json",
                "{\"email\": \"bo@odense.dk\", \"name\": \"Bo\", \"roles\": [{\"role\": \"member\"}]}"
                        .getBytes(StandardCharsets.UTF_8), "Authorization", ADMIN);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("invitationMail").get("state").asString()).isEqualTo("QUEUED");
        awaitAttempt();
        var status = outbox.status("invitation:bo@odense.dk").orElseThrow();
        assertThat(status.sent()).isFalse();
        assertThat(status.attempts()).isEqualTo(1);
        assertThat(status.lastError()).contains("connect");

        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        var admin = SignedIn.as("sek@os2.eu", null, SignedIn.admin());
        String page = mvc.perform(get("/admin/konti").with(authentication(admin))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Invitation i kø: ikke sendt endnu, forsøgt 1 gange").doesNotContain("Invitation sendt");

        var server = new GreenMail(new ServerSetup(MailServer.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(Duration.ZERO);
            assertThat(MailServer.delivered(null, jdbc, server)).hasSize(1);
            var mail = server.getReceivedMessages()[0];
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("bo@odense.dk");
            UUID id = jdbc.queryForObject("select id from outgoing_mail", UUID.class);
            assertThat(mail.getMessageID()).isEqualTo("<" + id + "@localhost>");
            assertThat(outbox.status(id).orElseThrow().sent()).isTrue();
            assertThat(jdbc.queryForObject("select body from outgoing_mail", String.class))
                    .as("the link in it no longer kept").isNull();
            assertThat(mvc.perform(get("/admin/konti").with(authentication(admin))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8)).contains("Invitation sendt");

            // The node dies after sending but before the publication is marked complete: the retry sends nothing.
            jdbc.update("update event_publication set completion_date = null, status = 'FAILED'");
            incomplete.resubmitIncompletePublicationsOlderThan(Duration.ZERO);
            assertThat(MailServer.delivered(null, jdbc, server)).as("never twice").hasSize(1);
        } finally {
            server.stop();
        }
    }

    @Test
    void aMailQueuedInATransactionThatRollsBackIsNeverSent() {
        transaction.executeWithoutResult(status -> {
            outbox.queue(OutgoingMail.of("x@example.org", "Emne", "Tekst"));
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from outgoing_mail", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from event_publication", Integer.class)).isZero();
    }

    /** The first, failing attempt happens after the commit on a thread of its own. */
    private void awaitAttempt() throws InterruptedException {
        for (int i = 0; i < 250 && jdbc.queryForObject("select count(*) from outgoing_mail where attempts > 0"
                + " and claimed_at is null", Integer.class) == 0; i++) {
            Thread.sleep(20);
        }
    }
}
