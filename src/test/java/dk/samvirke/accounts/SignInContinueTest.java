package dk.samvirke.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.accounts.AccountRequests.NewAccount;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Log ind for at svare" and the like: the sign-in goes on to a page on this site, never elsewhere. */
@IntegrationTest
class SignInContinueTest {

    static final String MEMBER = "mette@aarhus.dk";
    static final String ADMIN = "sekretariat@os2.eu";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountManagement accounts;

    @LocalServerPort
    int port;

    @BeforeEach
    void setUp() {
        RegistryCleaner.clean(jdbc);
        jdbc.update("delete from spring_session");
        accounts.create(new NewAccount(MEMBER, "Mette", null, TestAccounts.PASSWORD, List.of(TestAccounts.member())));
        accounts.create(new NewAccount(ADMIN, "Sekretariatet", null, TestAccounts.PASSWORD, List.of(TestAccounts.admin())));
    }

    @Test
    void aMemberSigningInFromATopicReturnsToIt() {
        var browser = WebSession.at(port);
        var form = browser.get("/login?continue=/forum/topics/7%23svar");
        assertThat(form.body()).contains("name=\"continue\"", "value=\"/forum/topics/7#svar\"");
        var signedIn = browser.post("/login", "username", MEMBER, "password", TestAccounts.PASSWORD,
                "continue", "/forum/topics/7#svar");
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).isEqualTo("/forum/topics/7#svar");
        assertThat(browser.get("/login?continue=/forum/topics/7").location()).as("already signed in")
                .isEqualTo("/forum/topics/7");
    }

    @Test
    void aWrongPasswordKeepsWhereToGo() {
        var browser = WebSession.at(port);
        browser.get("/login?continue=/forum/topics/7");
        var wrong = browser.post("/login", "username", MEMBER, "password", "wrong-password-1234", "continue", "/forum/topics/7");
        assertThat(wrong.location()).isEqualTo("/login?error&continue=%2Fforum%2Ftopics%2F7");
        assertThat(browser.get(wrong.location()).body()).contains("value=\"/forum/topics/7\"");
    }

    @Test
    void onlyLocalPathsAreFollowed() {
        for (String elsewhere : List.of("https://evil.example/", "//evil.example/x", "/\\evil.example", "evil.example",
                "/login?continue=//evil.example", "/a\r\nLocation: https://evil.example")) {
            var browser = WebSession.at(port);
            assertThat(browser.get("/login?continue=" + java.net.URLEncoder.encode(elsewhere, java.nio.charset.StandardCharsets.UTF_8))
                    .body()).as(elsewhere).doesNotContain("name=\"continue\"");
            var signedIn = browser.post("/login", "username", MEMBER, "password", TestAccounts.PASSWORD, "continue", elsewhere);
            assertThat(signedIn.location()).as(elsewhere).isEqualTo("/konto");
        }
        assertThat(LocalPath.of("/produkter/os2forms?lang=en")).contains("/produkter/os2forms?lang=en");
        assertThat(LocalPath.of("/")).contains("/");
    }

    @Test
    void anAdministratorGoesOnThereAfterTheSecondStep() {
        String secret = Totp.newSecret();
        accounts.enrolSecondFactor(ADMIN, secret);
        var browser = WebSession.at(port);
        browser.get("/login?continue=/admin/konti");
        var afterPassword = browser.post("/login", "username", ADMIN, "password", TestAccounts.PASSWORD, "continue", "/admin/konti");
        assertThat(afterPassword.location()).isEqualTo("/login/totp");
        browser.get("/login/totp");
        var right = browser.post("/login/totp", "code", SecondFactorTest.codeNow(secret));
        assertThat(right.location()).isEqualTo("/admin/konti");
    }
}
