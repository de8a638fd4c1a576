package dk.samvirke.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.accounts.AccountRequests.NewAccount;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.TestAccounts;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Administrators give a TOTP code after the password; until then their session is nobody. */
@IntegrationTest
class SecondFactorTest {

    static final String ADMIN = "sekretariat@os2.eu";
    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountManagement accounts;

    @LocalServerPort
    int port;

    WebSession browser;

    @BeforeEach
    void setUp() {
        RegistryCleaner.clean(jdbc);
        jdbc.update("delete from spring_session");
        accounts.create(new NewAccount(ADMIN, "Sekretariatet", null, TestAccounts.PASSWORD, List.of(TestAccounts.admin())));
        browser = WebSession.at(port);
    }

    @Test
    void anAdministratorWithoutASecretEnrolsRightAfterThePasswordAndOnlyThenActsAsAdmin() {
        var afterPassword = signInWithPassword();
        assertThat(afterPassword.location()).isEqualTo("/konto/totp");
        assertNotAnAdministratorYet("/konto/totp");

        var enrol = browser.get("/konto/totp");
        assertThat(enrol.status()).isEqualTo(200);
        var secretShown = SECRET.matcher(enrol.body());
        assertThat(secretShown.find()).as(enrol.body()).isTrue();
        String secret = secretShown.group(1).replace(" ", "");
        assertThat(secretShown.group(1)).as("in groups of four").matches("([A-Z2-7]{4} )+[A-Z2-7]{1,4}");
        assertThat(enrol.body()).contains("src=\"/konto/totp/qr.svg\"", "otpauth://totp/Samvirke%3Asekretariat%40os2.eu?secret=" + secret);
        var qr = browser.get("/konto/totp/qr.svg");
        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(qr.body()).startsWith("<svg").contains("<path d=\"M");
        assertThat(browser.get("/konto/totp").body()).as("the same secret until confirmed").contains(secretShown.group(1));

        var wrong = browser.post("/konto/totp", "code", otherCodeThan(secret));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("Koden passer ikke");
        assertThat(accounts.totpSecret(ADMIN)).isEmpty();

        String sessionBefore = browser.sessionId();
        var confirmed = browser.post("/konto/totp", "code", codeNow(secret));
        // Since recovery codes exist, the person sees them (once) before going on to the account page.
        assertThat(confirmed.location()).isEqualTo("/konto/totp/koder");
        var codes = browser.follow(confirmed);
        assertThat(RECOVERY_CODE.matcher(codes.body()).results().count()).isEqualTo(RecoveryCodes.COUNT);
        assertThat(codes.body()).contains("Vises kun denne ene gang", "href=\"/konto\"");
        assertThat(browser.get("/konto/totp/koder").location()).as("shown once").isEqualTo("/konto");
        assertThat(jdbc.queryForList("select code_hash from totp_recovery_code", String.class))
                .hasSize(RecoveryCodes.COUNT).noneMatch(hash -> codes.body().contains(hash));
        assertThat(browser.sessionId()).as("a new session id as the session becomes an administrator's")
                .isNotEqualTo(sessionBefore);
        assertThat(accounts.totpSecret(ADMIN)).contains(secret);
        assertThat(browser.get("/konto").body()).contains("Sekretariatet", "Slået til (engangskode fra app)");
        assertThat(browser.get("/api/v1/admin/export").status()).isEqualTo(200);
    }

    @Test
    void anAdministratorWithASecretMustGiveACodeBeforeTheSessionActsAsAdmin() {
        String secret = Totp.newSecret();
        accounts.enrolSecondFactor(ADMIN, secret);

        var afterPassword = signInWithPassword();
        assertThat(afterPassword.location()).isEqualTo("/login/totp");
        assertNotAnAdministratorYet("/login/totp");
        assertThat(browser.get("/konto/totp").location()).as("no second enrolment").isEqualTo("/login");

        var form = browser.get("/login/totp");
        assertThat(form.body()).contains("autocomplete=\"one-time-code\"", "Afbryd og log ud");
        var wrong = browser.post("/login/totp", "code", otherCodeThan(secret));
        assertThat(wrong.body()).contains("Koden passer ikke");
        var right = browser.post("/login/totp", "code", codeNow(secret));
        assertThat(right.location()).isEqualTo("/konto");
        assertThat(browser.get("/api/v1/admin/export").status()).isEqualTo(200);
        assertThat(browser.get("/login/totp").status()).as("the step is over").isEqualTo(403);
    }

    @Test
    void fiveWrongCodesEndTheAttempt() {
        accounts.enrolSecondFactor(ADMIN, Totp.newSecret());
        signInWithPassword();
        browser.get("/login/totp");
        for (int i = 1; i < SecondFactor.MAX_ATTEMPTS; i++) {
            assertThat(browser.post("/login/totp", "code", "000000").status()).isEqualTo(200);
        }
        var last = browser.post("/login/totp", "code", "000000");
        assertThat(last.location()).isEqualTo("/login?attempts");
        assertThat(browser.follow(last).body()).contains("For mange forkerte koder");
        assertThat(browser.get("/login/totp").location()).isEqualTo("/login");
    }

    @Test
    void aCodeWorksOnce() {
        String secret = Totp.newSecret();
        accounts.enrolSecondFactor(ADMIN, secret);
        String code = codeNow(secret);
        signInWithPassword();
        browser.get("/login/totp");
        assertThat(browser.post("/login/totp", "code", code).location()).isEqualTo("/konto");

        var again = WebSession.at(port);
        again.get("/login");
        again.post("/login", "username", ADMIN, "password", TestAccounts.PASSWORD);
        again.get("/login/totp");
        var replay = again.post("/login/totp", "code", code);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body()).contains("Koden passer ikke");
    }

    @Test
    void wrongCodesCountPerAccountAcrossSignInsUntilTheStepIsRefused() {
        String secret = Totp.newSecret();
        accounts.enrolSecondFactor(ADMIN, secret);
        int wrong = 0;
        while (wrong < SecondFactor.ACCOUNT_LIMIT) {
            var attempt = WebSession.at(port); // a fresh sign-in each time: the per-session count never ends it
            attempt.get("/login");
            attempt.post("/login", "username", ADMIN, "password", TestAccounts.PASSWORD);
            attempt.get("/login/totp");
            for (int i = 1; i < SecondFactor.MAX_ATTEMPTS && wrong < SecondFactor.ACCOUNT_LIMIT; i++, wrong++) {
                assertThat(attempt.post("/login/totp", "code", otherCodeThan(secret)).body()).contains("Koden passer ikke");
            }
        }
        signInWithPassword();
        browser.get("/login/totp");
        var refused = browser.post("/login/totp", "code", codeNow(secret));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.body()).contains("For mange forkerte koder", "nulstille");
        assertThat(browser.get("/konto").location()).as("still nobody").isEqualTo("/login/totp");
    }

    @Test
    void aRecoveryCodeStandsInForTheAppOnceAndAnAdministratorCanResetTheSecondFactor() {
        var afterPassword = signInWithPassword();
        String secret = SECRET.matcher(browser.get(afterPassword.location()).body()).results().findFirst()
                .orElseThrow().group(1).replace(" ", "");
        var codes = RECOVERY_CODE.matcher(browser.follow(browser.post("/konto/totp", "code", codeNow(secret))).body())
                .results().map(m -> m.group(1)).toList();
        assertThat(codes).hasSize(RecoveryCodes.COUNT);

        var lostPhone = WebSession.at(port);
        lostPhone.get("/login");
        lostPhone.post("/login", "username", ADMIN, "password", TestAccounts.PASSWORD);
        assertThat(lostPhone.get("/login/totp").body()).contains("Brug en gendannelseskode");
        assertThat(lostPhone.post("/login/totp", "code", codes.get(3).toUpperCase()).location()).isEqualTo("/konto");
        var again = WebSession.at(port);
        again.get("/login");
        again.post("/login", "username", ADMIN, "password", TestAccounts.PASSWORD);
        again.get("/login/totp");
        assertThat(again.post("/login/totp", "code", codes.get(3)).body()).as("used up").contains("Koden passer ikke");

        // Another administrator resets it from the accounts page: the secret and codes go, the sessions end.
        accounts.create(new NewAccount("kollega@os2.eu", "Kollega", null, TestAccounts.PASSWORD, List.of(TestAccounts.admin())));
        assertThat(browser.get("/admin/konti").body()).contains("Nulstil totrinslogin for " + ADMIN);
        var reset = browser.post("/admin/konti/totp-nulstil", "email", ADMIN);
        assertThat(reset.location()).isEqualTo("/admin/konti");
        assertThat(accounts.totpSecret(ADMIN)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from totp_recovery_code", Integer.class)).isZero();
        assertThat(lostPhone.get("/konto").location()).as("its sessions ended").isEqualTo("/login");
        var fresh = WebSession.at(port);
        fresh.get("/login");
        assertThat(fresh.post("/login", "username", ADMIN, "password", TestAccounts.PASSWORD).location())
                .isEqualTo("/konto/totp");

        // And through the API.
        accounts.enrolSecondFactor("kollega@os2.eu", Totp.newSecret());
        var http = new dk.samvirke.support.Http(port);
        assertThat(http.get("/api/v1/admin/export").status()).isEqualTo(401);
        var apiReset = http.post("/api/v1/admin/accounts/kollega@os2.eu/second-factor", "application/json", new byte[0],
                "Authorization", "Bearer test-admin-token");
        assertThat(apiReset.status()).as("POST is not the method").isEqualTo(405);
        assertThat(delete(http, "/api/v1/admin/accounts/kollega@os2.eu/second-factor").status()).isEqualTo(204);
        assertThat(accounts.totpSecret("kollega@os2.eu")).isEmpty();
        assertThat(delete(http, "/api/v1/admin/accounts/nobody@os2.eu/second-factor").status()).isEqualTo(404);
    }

    private static dk.samvirke.support.Http.Response delete(dk.samvirke.support.Http http, String path) {
        return http.delete(path, "Authorization", "Bearer test-admin-token");
    }

    @Test
    void theSecondStepIsOnlyForSomeoneHalfWayThrough() {
        assertThat(browser.get("/login/totp").location()).isEqualTo("/login");
        assertThat(browser.get("/konto/totp").location()).isEqualTo("/login");
        assertThat(browser.get("/konto/totp/qr.svg").location()).isEqualTo("/login");
    }

    /** With only the password, the session reaches neither admin pages nor the admin API, and is nobody in the header. */
    private void assertNotAnAdministratorYet(String step) {
        assertThat(browser.get("/konto").location()).isEqualTo(step);
        assertThat(browser.get("/admin/accounts").location()).isEqualTo(step);
        assertThat(browser.get("/api/v1/admin/export").status()).isIn(401, 403);
        browser.get(step);
        var create = browser.postWithHeaders("/api/v1/admin/accounts",
                new String[] {"X-CSRF-TOKEN", csrfOf(browser.get(step).body())}, "email", "x@y.dk");
        assertThat(create.status()).isIn(401, 403);
        assertThat(browser.get("/").body()).contains(">Log ind<").doesNotContain("Sekretariatet");
    }

    private static String csrfOf(String page) {
        var matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        return matcher.find() ? matcher.group(1) : "";
    }

    private WebSession.Page signInWithPassword() {
        browser.get("/login");
        return browser.post("/login", "username", ADMIN, "password", TestAccounts.PASSWORD);
    }

    static String codeNow(String secret) {
        return Totp.code(secret, Instant.now().getEpochSecond() / 30);
    }

    /** A code no step near now accepts. */
    static String otherCodeThan(String secret) {
        long step = Instant.now().getEpochSecond() / 30;
        var near = List.of(Totp.code(secret, step - 1), Totp.code(secret, step), Totp.code(secret, step + 1),
                Totp.code(secret, step + 2));
        for (int i = 0; ; i++) {
            String candidate = String.format("%06d", (123_457 * (i + 1)) % 1_000_000);
            if (!near.contains(candidate)) {
                return candidate;
            }
        }
    }
}
