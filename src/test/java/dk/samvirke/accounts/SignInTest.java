package dk.samvirke.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.accounts.AccountRequests.NewAccount;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Signing in and out through the real form, as a browser does: CSRF, cookies, session ids. */
@IntegrationTest
class SignInTest {

    static final String EMAIL = "anne@aarhus.dk";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    AccountManagement accounts;

    @LocalServerPort
    int port;

    WebSession browser;

    @BeforeEach
    void setUp() {
        RegistryCleaner.clean(jdbc);
        jdbc.update("delete from spring_session");
        fixtures.municipality("aarhus-kommune", "Aarhus Kommune", "751", null);
        accounts.create(new NewAccount(EMAIL, "Anne Hansen", "aarhus-kommune", TestAccounts.PASSWORD,
                List.of(TestAccounts.organisationAdmin("aarhus-kommune"))));
        browser = WebSession.at(port);
    }

    @Test
    void theFormSignsInWithItsCsrfTokenUnderANewSessionIdAndLandsOnMyAccount() {
        var form = browser.get("/login");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"username\"", "name=\"password\"", "name=\"_csrf\"", "Glemt adgangskode?",
                "href=\"/konto/glemt\"");
        assertThat(form.body()).as("no single sign-on without a provider").doesNotContain("/oauth2/authorization");
        String before = browser.sessionId();
        assertThat(before).as("the form's CSRF token lives in a session").isNotNull();

        var signedIn = browser.post("/login", "username", "Anne@Aarhus.dk ", "password", TestAccounts.PASSWORD);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).isEqualTo("/konto");
        String cookie = signedIn.setCookie("SESSION");
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/").doesNotContain("Secure");
        assertThat(browser.sessionId()).as("session fixation: a new id at sign-in").isNotNull().isNotEqualTo(before);

        var mine = browser.get("/konto");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("Anne Hansen", EMAIL, "Aarhus Kommune", "Organisationsadministrator for Aarhus Kommune",
                "Log ud", "action=\"/logout\"");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class, EMAIL))
                .as("the session lives in the database").isEqualTo(1);
        assertThat(jdbc.queryForObject("select last_sign_in_at from account where email = ?", java.sql.Timestamp.class, EMAIL))
                .isNotNull();

        // The old id is worth nothing, and never was signed in.
        var attacker = WebSession.at(port);
        attacker.setSessionId(before);
        assertThat(attacker.get("/konto").location()).isEqualTo("/login");
    }

    @Test
    void forwardedHeadersFromAnUntrustedAddressAreIgnored() {
        // No trusted proxy is configured here: a client cannot claim TLS (or another address) by itself.
        var page = browser.get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "198.51.100.9");
        assertThat(page.setCookie("SESSION")).contains("HttpOnly").doesNotContain("Secure");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        browser.get("/login");
        var forged = browser.postWithoutCsrf("/login", "username", EMAIL, "password", TestAccounts.PASSWORD);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(browser.get("/konto").location()).isEqualTo("/login");
    }

    @Test
    void aStrayAuthorizationHeaderDoesNotLiftTheCsrfCheckOfASessionWrite() {
        signIn();
        String person = "{\"email\": \"bo@aarhus.dk\", \"name\": \"Bo\"}";
        var forged = browser.json("POST", "/api/v1/organisations/aarhus-kommune/people", person,
                "Authorization", "Basic Zm9vOmJhcg==");
        assertThat(forged.status()).as(forged.body()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from person", Integer.class)).isZero();

        String token = accounts.issueToken(EMAIL, "script").token();
        var scripted = browser.json("POST", "/api/v1/organisations/aarhus-kommune/people", person,
                "Authorization", "Bearer " + token);
        assertThat(scripted.status()).as("a bearer token that authenticates needs no CSRF token").isEqualTo(201);
    }

    @Test
    void aWrongPasswordShowsTheFormAgainWithAMessage() {
        browser.get("/login");
        var wrong = browser.post("/login", "username", EMAIL, "password", "not the password at all");
        assertThat(wrong.location()).isEqualTo("/login?error");
        assertThat(browser.follow(wrong).body()).contains("Forkert e-mail eller adgangskode");
        assertThat(browser.get("/login?error&lang=en").body()).contains("Wrong e-mail or password");
    }

    @Test
    void signingOutEndsTheSessionAndDeletesTheCookie() {
        signIn();
        String session = browser.sessionId();
        String stored = browser.storedSessionId();
        var home = browser.get("/");
        assertThat(home.body()).contains("Anne Hansen", "Min konto", "Log ud").doesNotContain(">Log ind<");

        var out = browser.post("/logout");
        assertThat(out.location()).isEqualTo("/login?logout");
        assertThat(out.deletesCookie("SESSION")).as(out.setCookie("SESSION")).isTrue();
        assertThat(browser.follow(out).body()).contains("Du er logget ud");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class, stored))
                .isZero();

        var replay = WebSession.at(port);
        replay.setSessionId(session);
        assertThat(replay.get("/konto").location()).isEqualTo("/login");
        assertThat(replay.get("/").body()).contains(">Log ind<");
    }

    @Test
    void afterSigningInThePersonGoesBackToThePageTheyAskedFor() {
        var asked = browser.get("/konto/adgangskode");
        assertThat(asked.location()).isEqualTo("/login");
        browser.follow(asked);
        var signedIn = browser.post("/login", "username", EMAIL, "password", TestAccounts.PASSWORD);
        assertThat(signedIn.location()).startsWith("/konto/adgangskode");
        assertThat(browser.follow(signedIn).body()).contains("Nuværende adgangskode");
    }

    @Test
    void aSignedInPersonIsSentFromTheFormToTheirAccount() {
        signIn();
        assertThat(browser.get("/login").location()).isEqualTo("/konto");
    }

    void signIn() {
        browser.get("/login");
        assertThat(browser.post("/login", "username", EMAIL, "password", TestAccounts.PASSWORD).location()).isEqualTo("/konto");
    }
}
