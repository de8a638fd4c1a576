package dk.samvirke.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samvirke.accounts.AccountRequests.NewAccount;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.MailServer;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.TestAccounts;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Invitations and password resets from the e-mail in the inbox to signing in with the new password. */
@IntegrationTest
class PasswordLinksTest {

    static final String NEW_PASSWORD = "fire lange ord som ingen gætter";

    @RegisterExtension
    static GreenMailExtension mail = MailServer.start();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountManagement accounts;
    @Autowired
    AccountLanguages languages;

    @LocalServerPort
    int port;

    WebSession browser;

    @BeforeEach
    void setUp() {
        RegistryCleaner.clean(jdbc);
        jdbc.update("delete from spring_session");
        browser = WebSession.at(port);
    }

    @Test
    void anInvitedPersonChoosesAPasswordOnTheLinkAndSignsIn() throws Exception {
        accounts.create(new NewAccount("bo@aarhus.dk", "Bo Berg", null, null, List.of(TestAccounts.member())));
        String link = linkInMail("/konto/invitation");

        var form = browser.get(link);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Velkommen til Samvirke", "autocomplete=\"new-password\"", "name=\"token\"");

        var weak = browser.post("/konto/invitation", "token", token(link), "password", "Password123!", "repeat", "Password123!");
        assertThat(weak.status()).isEqualTo(200);
        assertThat(weak.body()).as("the policy's reason, in Danish").contains("for almindelig eller for let at gætte");
        var mismatch = browser.post("/konto/invitation", "token", token(link), "password", NEW_PASSWORD, "repeat", "noget andet");
        assertThat(mismatch.body()).contains("De to adgangskoder er ikke ens");

        var chosen = browser.post("/konto/invitation", "token", token(link), "password", NEW_PASSWORD, "repeat", NEW_PASSWORD);
        assertThat(chosen.location()).isEqualTo("/login?passwordSet");
        assertThat(browser.follow(chosen).body()).contains("Din adgangskode er gemt");
        assertThat(browser.post("/login", "username", "bo@aarhus.dk", "password", NEW_PASSWORD).location()).isEqualTo("/konto");

        var again = WebSession.at(port).get(link);
        assertThat(again.body()).as("the link works once").contains("Linket virker ikke");
        assertThat(WebSession.at(port).get("/konto/nulstil?token=" + token(link)).body())
                .as("an invitation is no reset link").contains("Linket virker ikke");
    }

    @Test
    void forgettingThePasswordMailsALinkThatSetsANewOneAndSignsOutEverywhereElse() throws Exception {
        accounts.create(new NewAccount("anne@aarhus.dk", "Anne Hansen", null, TestAccounts.PASSWORD, List.of()));
        var elsewhere = WebSession.at(port);
        elsewhere.get("/login");
        elsewhere.post("/login", "username", "anne@aarhus.dk", "password", TestAccounts.PASSWORD);
        assertThat(elsewhere.get("/konto").status()).isEqualTo(200);

        var form = browser.get("/konto/glemt");
        assertThat(form.body()).contains("name=\"email\"");
        var unknown = browser.post("/konto/glemt", "email", "nobody@nowhere.dk");
        var known = browser.post("/konto/glemt", "email", "Anne@Aarhus.dk");
        assertThat(known.status()).isEqualTo(200);
        assertThat(strip(known.body())).as("the same answer whether or not the account exists").isEqualTo(strip(unknown.body()));
        assertThat(known.body()).contains("Tjek din e-mail");

        String link = linkInMail("/konto/nulstil");
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(mail.getReceivedMessages()[0].getSubject())
                .isEqualTo("Ny adgangskode til Samvirke / New password for Samvirke");
        assertThat(mail.getReceivedMessages()[0].getContent().toString().replace("\r\n", "\n")).startsWith("Hej Anne Hansen")
                .contains("\n---\nHello Anne Hansen").contains("If you did not ask for this, ignore this e-mail.");
        assertThat(browser.get(link).body()).contains("Vælg en ny adgangskode");
        var chosen = browser.post("/konto/nulstil", "token", token(link), "password", NEW_PASSWORD, "repeat", NEW_PASSWORD);
        assertThat(chosen.location()).isEqualTo("/login?passwordSet");

        assertThat(elsewhere.get("/konto").location()).as("signed out where the old password was used").isEqualTo("/login");
        browser.get("/login");
        assertThat(browser.post("/login", "username", "anne@aarhus.dk", "password", TestAccounts.PASSWORD).location())
                .isEqualTo("/login?error");
        assertThat(browser.post("/login", "username", "anne@aarhus.dk", "password", NEW_PASSWORD).location()).isEqualTo("/konto");
    }

    @Test
    void aResetMailIsInTheLanguageThePersonChose() throws Exception {
        accounts.create(new NewAccount("eve@aarhus.dk", "Eve Jensen", null, TestAccounts.PASSWORD, List.of()));
        languages.remember("eve@aarhus.dk", java.util.Locale.ENGLISH);
        browser.get("/konto/glemt");
        browser.post("/konto/glemt", "email", "eve@aarhus.dk");
        linkInMail("/konto/nulstil");
        var received = mail.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("New password for Samvirke");
        assertThat(received.getContent().toString()).startsWith("Hello Eve Jensen").doesNotContain("Hej")
                .contains("/konto/nulstil?token=");
    }

    @Test
    void resetMailsAreLimitedPerAccountAndPerAddressAndOnlyTheNewestLinkWorks() throws Exception {
        for (String who : List.of("anne", "bo", "carl")) {
            accounts.create(new NewAccount(who + "@aarhus.dk", who, null, TestAccounts.PASSWORD, List.of()));
        }
        browser.get("/konto/glemt");
        for (int i = 0; i < 5; i++) {
            assertThat(browser.post("/konto/glemt", "email", "anne@aarhus.dk").body()).contains("Tjek din e-mail");
        }
        assertThat(mail.waitForIncomingEmail(5000, AccountManagement.RESETS_PER_ACCOUNT)).isTrue();
        for (int i = 0; i < 5; i++) {
            browser.post("/konto/glemt", "email", "bo@aarhus.dk");
        }
        // Ten requests from this address within the hour: the eleventh sends nothing, whoever it is for.
        var eleventh = browser.post("/konto/glemt", "email", "carl@aarhus.dk");
        assertThat(eleventh.body()).as("the same answer").contains("Tjek din e-mail");
        mail.waitForIncomingEmail(2000, 2 * AccountManagement.RESETS_PER_ACCOUNT + 1);
        var received = mail.getReceivedMessages();
        assertThat(received).extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactly("anne@aarhus.dk", "anne@aarhus.dk", "anne@aarhus.dk", "bo@aarhus.dk", "bo@aarhus.dk",
                        "bo@aarhus.dk");

        // The outbox sends after each commit on threads of its own: the mails may arrive in any order. Of Anne's three
        // links one works (the newest: each ends the earlier ones), the two others show why not.
        List<String> pages = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pages.add(WebSession.at(port).get(link(received[i].getContent().toString(), "/konto/nulstil")).body());
        }
        assertThat(pages).filteredOn(page -> page.contains("Vælg en ny adgangskode")).hasSize(1);
        assertThat(pages).as("a newer link ends the earlier ones").filteredOn(page -> page.contains("Linket virker ikke"))
                .hasSize(2);
    }

    @Test
    void aWrongOrMissingTokenGetsAClearPage() {
        for (String path : List.of("/konto/nulstil?token=forkert", "/konto/nulstil", "/konto/invitation?token=x")) {
            var page = browser.get(path);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("Linket virker ikke", "href=\"/konto/glemt\"");
        }
        browser.get("/konto/glemt");
        var post = browser.post("/konto/nulstil", "token", "forkert", "password", NEW_PASSWORD, "repeat", NEW_PASSWORD);
        assertThat(post.body()).contains("Linket virker ikke");
    }

    private static String linkInMail(String path) throws Exception {
        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        return link((String) mail.getReceivedMessages()[0].getContent(), path);
    }

    private static String link(String body, String path) {
        var matcher = Pattern.compile(Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+").matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group();
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + 6);
    }

    /** The page without its per-session CSRF tokens. */
    private static String strip(String page) {
        return page.replaceAll("value=\"[^\"]{20,}\"", "");
    }
}
