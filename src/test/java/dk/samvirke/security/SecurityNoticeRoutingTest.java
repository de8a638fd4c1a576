package dk.samvirke.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.MailServer;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * §10 routing through real SMTP (GreenMail): on publishing, each affected or possibly affected organisation is told
 * once, at its usage's contact and its admins, each address once; nobody else. An edit widening the range tells
 * only those it newly reaches.
 */
@IntegrationTest
class SecurityNoticeRoutingTest {

    @RegisterExtension
    static GreenMailExtension mail = MailServer.start();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    TestAccounts accounts;
    @Autowired
    dk.samvirke.accounts.AccountLanguages languages;

    Http http;
    NoticeScenario scenario;

    @BeforeEach
    void setUp() throws Exception {
        http = new Http(port);
        scenario = NoticeScenario.build(jdbc, fixtures, accounts);
        MailServer.delivered(mail, jdbc); // the invitations of the accounts above have none: created with passwords
        mail.purgeEmailFromAllMailboxes();
    }

    @Test
    void tellsExactlyTheExposedOrganisationsOnceAtEachAddress() throws Exception {
        // Kim chose English on the site: his mail is English alone; everyone else's Danish with English below.
        languages.remember("kim@kk.dk", java.util.Locale.ENGLISH);
        var created = http.post("/api/v1/products/os2forms/security-notices", "application/json",
                NoticeScenario.BODY.getBytes(StandardCharsets.UTF_8), "Authorization", scenario.token("manager"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("affected").asInt()).isEqualTo(3);          // aarhus, aalborg, silkeborg
        assertThat(created.json().get("possiblyAffected").asInt()).isEqualTo(2);  // koebenhavn, vejle
        long id = created.json().get("id").asLong();

        var messages = MailServer.delivered(mail, jdbc);
        assertThat(recipients(messages)).containsExactlyInAnyOrder(
                "it@aarhus.dk", "anne@aarhus.dk", "it@aalborg.dk", "it@silkeborg.dk", "it@koebenhavn.dk", "kim@kk.dk",
                "it@vejle.dk");

        Map<String, String> textTo = texts(messages);
        assertThat(textTo.get("anne@aarhus.dk"))
                .contains("Aarhus Kommune kører OS2forms i version 2.4.2")
                .contains("Aarhus Kommune runs OS2forms in version 2.4.2")
                .contains("Rettet i: 2.4.3").contains("Fixed in: 2.4.3")
                .contains("CVE-2026-12345")
                .contains("/sikkerhed/" + id)
                .doesNotContain("Aalborg").doesNotContain("Koebenhavn");
        assertThat(textTo.get("anne@aarhus.dk").replace("\r\n", "\n")).startsWith("Hej\n\nAarhus Kommune kører OS2forms")
                .contains("\n\n  Indsendte formularer kan læses af andre\n\nAlvorlighed: Høj\nBerørte versioner: "
                        + ">=2.0.0 <2.4.3 || =1.9.9\nJeres version: 2.4.2\nRettet i: 2.4.3\n")
                .contains("\n---\nHello\n\n").contains("Severity: High");
        assertThat(textTo.get("it@vejle.dk")).contains("ingen version registreret").contains("no version recorded");
        assertThat(textTo.get("kim@kk.dk")).startsWith("Hello").contains("Your version: ukendt").doesNotContain("Hej")
                .doesNotContain("\n---\n");
        assertThat(java.util.Arrays.stream(messages).filter(m -> recipient(m).equals("kim@kk.dk")).findFirst().orElseThrow()
                .getSubject()).startsWith("Security notice").doesNotContain("Sikkerhedsmeddelelse");
        assertThat(textTo.get("it@aalborg.dk")).contains("v1.9.9");
        assertThat(messages[0].getSubject()).contains("OS2forms").contains("Indsendte formularer kan læses af andre");

        // a wider range reaches Odense (2.10.0): only Odense is told, nobody twice
        mail.purgeEmailFromAllMailboxes();
        var edited = http.put("/api/v1/security-notices/" + id, "application/json",
                NoticeScenario.BODY.replace("<2.4.3", "<2.11").replace("\"2.4.3\"", "\"2.11.0\"")
                        .getBytes(StandardCharsets.UTF_8),
                "Authorization", scenario.token("manager"), "If-Match", "\"0\"");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("affected").asInt()).isEqualTo(4);
        assertThat(recipients(MailServer.delivered(mail, jdbc))).containsExactlyInAnyOrder("it@odense.dk", "ole@odense.dk");
    }

    @Test
    void remindsThoseStillExposedAfterSevenAndThirtyDaysOnce() throws Exception {
        var created = http.post("/api/v1/products/os2forms/security-notices", "application/json",
                NoticeScenario.BODY.getBytes(StandardCharsets.UTF_8), "Authorization", scenario.token("manager"));
        long id = created.json().get("id").asLong();
        MailServer.delivered(mail, jdbc);
        mail.purgeEmailFromAllMailboxes();
        // Aarhus resolved it; the others were told 8 days ago
        http.put("/api/v1/security-notices/" + id + "/organisations/aarhus", "application/json",
                "{\"status\": \"resolved\", \"note\": \"opdateret\"}".getBytes(StandardCharsets.UTF_8),
                "Authorization", scenario.token("aarhus"));
        jdbc.update("update security_notice_mailing set sent_at = sent_at - interval '8' day");
        var reminders = context.getBean(SecurityNoticeManagement.class);
        assertThat(reminders.sendReminders()).isEqualTo(5);
        var messages = MailServer.delivered(mail, jdbc);
        assertThat(recipients(messages)).containsExactlyInAnyOrder("it@aalborg.dk", "it@silkeborg.dk", "it@koebenhavn.dk",
                "kim@kk.dk", "it@vejle.dk");
        assertThat(messages[0].getSubject()).startsWith("Påmindelse (7 dage)");
        assertThat(reminders.sendReminders()).isZero();
        jdbc.update("update security_notice_mailing set sent_at = sent_at - interval '30' day where kind = 'notice'");
        assertThat(reminders.sendReminders()).isEqualTo(5);
        assertThat(reminders.sendReminders()).isZero();
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    static List<String> recipients(MimeMessage[] messages) throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage m : messages) {
            Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).forEach(to::add);
        }
        return to;
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> texts(MimeMessage[] messages) throws Exception {
        Map<String, String> texts = new java.util.HashMap<>();
        for (MimeMessage m : messages) {
            Object content = m.getContent();
            texts.put(m.getRecipients(Message.RecipientType.TO)[0].toString(), content.toString());
        }
        return texts;
    }
}
