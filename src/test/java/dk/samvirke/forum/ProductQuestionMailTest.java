package dk.samvirke.forum;

import static dk.samvirke.forum.ForumTestSupport.reply;
import static dk.samvirke.forum.ForumTestSupport.topic;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.MailServer;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import dk.samvirke.usage.Usage;
import dk.samvirke.usage.UsageDetails;
import dk.samvirke.usage.UsageStatus;
import dk.samvirke.usage.Usages;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The heart of the forum (interfaces.md §7): a question about a product reaches the contact persons of
 * the organisations running it today, and the product's watchers, once each, never the asker.
 */
@IntegrationTest
class ProductQuestionMailTest {

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
    dk.samvirke.accounts.AccountLanguages languages;

    @Autowired
    Usages usages;

    Http http;

    @BeforeEach
    void setUp() {
        RegistryCleaner.clean(jdbc);
        http = new Http(port);
        var aarhus = registry.municipality("aarhus", "Aarhus Kommune", "751", LocalDate.of(2012, 1, 1));
        var odense = registry.municipality("odense", "Odense Kommune", "461", LocalDate.of(2012, 1, 1));
        var vejle = registry.municipality("vejle", "Vejle Kommune", "630", null);
        var aalborg = registry.municipality("aalborg", "Aalborg Kommune", "851", null);
        var horsens = registry.municipality("horsens", "Horsens Kommune", "615", null);
        var kolding = registry.municipality("kolding", "Kolding Kommune", "621", null);
        var supplier = registry.organisation("magenta", "Magenta ApS", OrganisationType.SUPPLIER);
        var os2mo = registry.product("os2mo", "OS2mo", null);
        var other = registry.product("os2forms", "OS2forms", null);
        usage(aarhus, os2mo, UsageStatus.PRODUCTION, null, "Drift@Aarhus.dk");
        usage(odense, os2mo, UsageStatus.PILOT, LocalDate.now(dk.samvirke.shared.TimeConfiguration.COPENHAGEN).plusYears(1), "it@odense.dk");
        usage(vejle, os2mo, UsageStatus.PLANNED, null, "it@vejle.dk");
        usage(aalborg, os2mo, UsageStatus.DISCONTINUED, null, "it@aalborg.dk");
        usage(horsens, os2mo, UsageStatus.PRODUCTION, LocalDate.now(dk.samvirke.shared.TimeConfiguration.COPENHAGEN).minusDays(1), "it@horsens.dk"); // ended
        usage(kolding, other, UsageStatus.PRODUCTION, null, "it@kolding.dk"); // another product
        usage(supplier, os2mo, UsageStatus.PRODUCTION, null, "asker@magenta.dk"); // the asker's own: never to them
    }

    private void usage(dk.samvirke.organisations.Organisation organisation, dk.samvirke.catalogue.Product product,
            UsageStatus status, LocalDate until, String contact) {
        usages.save(new Usage(organisation, product, new UsageDetails(status, LocalDate.of(2020, 1, 1), until, "1.0",
                contact)));
    }

    @Test
    void aQuestionReachesTheActiveUsersContactsAndWatchersOnceEach() throws Exception {
        String watcher = accounts.bearer("watcher@example.org", null, TestAccounts.member());
        assertThat(ForumTestSupport.put(http, "/api/v1/forum/products/os2mo/watch", watcher, Map.of("watching", true))
                .status()).isEqualTo(204);
        // Also a contact (upper case in the registry) and a watcher: still one e-mail.
        String aarhusWatcher = accounts.bearer("drift@aarhus.dk", "aarhus", TestAccounts.member());
        ForumTestSupport.put(http, "/api/v1/forum/categories/product:os2mo/watch", aarhusWatcher, Map.of("watching", true));
        String asker = accounts.bearer("ASKER@magenta.dk", "magenta", TestAccounts.member());
        // The other watcher chose English on the site: his mail is in English alone.
        String englishWatcher = accounts.bearer("english@example.org", null, TestAccounts.member());
        languages.remember("english@example.org", java.util.Locale.ENGLISH);
        ForumTestSupport.put(http, "/api/v1/forum/products/os2mo/watch", englishWatcher, Map.of("watching", true));

        var created = topic(http, asker, "product:os2mo", "question", "Hvordan opgraderer vi til version 3?",
                "Vi kører 2.9 i drift.\n\nHar nogen erfaringer med opgraderingen?\n\nTak!");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        var received = MailServer.delivered(mail, jdbc);
        assertThat(recipients(received)).containsExactlyInAnyOrder("drift@aarhus.dk", "it@odense.dk",
                "watcher@example.org", "english@example.org");
        var toEnglish = only(received, "english@example.org");
        assertThat(toEnglish.getSubject()).startsWith("New question about OS2mo: Hvordan opgraderer vi");
        assertThat(toEnglish.getContent().toString()).startsWith("Hello").contains("you follow OS2mo")
                .contains("> Vi kører 2.9 i drift.").doesNotContain("Hej").doesNotContain("du følger");

        var toAarhus = only(received, "drift@aarhus.dk");
        assertThat(toAarhus.getSubject()).contains("OS2mo", "Hvordan opgraderer vi til version 3?");
        String text = toAarhus.getContent().toString();
        assertThat(text).contains("http://localhost:8080/forum/topics/" + id)
                .contains("du er kontaktperson for OS2mo hos Aarhus Kommune")
                .contains("you are the contact for OS2mo at Aarhus Kommune")
                .contains("> Vi kører 2.9 i drift.")
                .contains("/forum/afmeld?token=");
        assertThat(toAarhus.getHeader("List-Unsubscribe")[0]).contains("/forum/afmeld?token=");
        assertThat(only(received, "watcher@example.org").getContent().toString()).contains("du følger OS2mo");

        // A reply notifies the topic's watchers (the asker), not the contacts again.
        String helper = accounts.bearer("helper@example.org", null, TestAccounts.member());
        assertThat(reply(http, helper, id, "Det gik fint hos os.").status()).isEqualTo(201);
        var afterReply = MailServer.delivered(mail, jdbc);
        assertThat(afterReply).hasSize(5);
        assertThat(recipients(List.of(afterReply[4]))).containsExactly("asker@magenta.dk");
        assertThat(afterReply[4].getSubject()).startsWith("Nyt svar:");
        assertThat(jdbc.queryForObject("select count(*) from forum_notification n join forum_post p on p.id = n.post_id "
                + "where p.topic_id = ? and n.recipient = 'drift@aarhus.dk'", Long.class, id)).isEqualTo(1);
    }

    @Test
    void aDiscussionInTheProductsCategoryDoesNotMailTheContacts() {
        String asker = accounts.bearer("someone@example.org", null, TestAccounts.member());
        assertThat(topic(http, asker, "product:os2mo", "discussion", "Roadmap", "Lad os tale om 2026.").status())
                .isEqualTo(201);
        assertThat(MailServer.delivered(mail, jdbc)).isEmpty();
    }

    @Test
    void aContactWhoOptedOutGetsNothingAndTheLinkNeedsNoSignIn() throws Exception {
        String asker = accounts.bearer("someone@example.org", null, TestAccounts.member());
        topic(http, asker, "product:os2mo", "question", "Første spørgsmål", "Hej");
        String text = only(MailServer.delivered(mail, jdbc), "it@odense.dk").getContent().toString();
        String link = text.lines().filter(l -> l.contains("/forum/afmeld?token=")).findFirst().orElseThrow().strip();
        String path = link.substring(link.indexOf("/forum/afmeld"));

        var page = http.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("it@odense.dk");
        String csrf = UnsubscribeFlow.csrf(page.body());
        String cookie = page.header("Set-Cookie").split(";")[0];
        var done = http.post("/forum/afmeld", "application/x-www-form-urlencoded",
                ("token=" + path.substring(path.indexOf("token=") + 6) + "&delivery=off&_csrf=" + csrf).getBytes(),
                "Cookie", cookie);
        assertThat(done.status()).as(done.body()).isIn(200, 303);
        assertThat(jdbc.queryForObject("select delivery from forum_mail_preference where email = 'it@odense.dk'",
                String.class)).isEqualTo("off");

        mail.reset();
        topic(http, asker, "product:os2mo", "question", "Andet spørgsmål", "Hej igen");
        assertThat(recipients(MailServer.delivered(mail, jdbc))).containsExactlyInAnyOrder("drift@aarhus.dk", "asker@magenta.dk");

        var forged = http.get("/forum/afmeld?token=" + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("drift@aarhus.dk".getBytes()) + ".AAAA");
        assertThat(forged.status()).isEqualTo(400);
    }

    static List<String> recipients(MimeMessage[] messages) {
        return recipients(Arrays.asList(messages));
    }

    static List<String> recipients(List<MimeMessage> messages) {
        return messages.stream().flatMap(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(a -> a.toString().toLowerCase());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static MimeMessage only(MimeMessage[] messages, String to) {
        var matching = Arrays.stream(messages).filter(m -> recipients(List.of(m)).contains(to)).toList();
        assertThat(matching).as("e-mails to " + to).hasSize(1);
        return matching.get(0);
    }
}
