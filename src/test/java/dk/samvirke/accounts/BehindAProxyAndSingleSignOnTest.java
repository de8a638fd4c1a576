package dk.samvirke.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.accounts.AccountRequests.NewAccount;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.TestAccounts;
import dk.samvirke.support.TestDatabaseProfiles;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as deployed: behind a trusted reverse proxy (X-Forwarded-For and -Proto honoured
 * from 127.0.0.1 only) and with single sign-on through a real OIDC provider started here. The
 * application listens on a port chosen beforehand, because the provider must know the callback address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
class BehindAProxyAndSingleSignOnTest {

    static final String EMAIL = "anne@aarhus.dk";
    static final int PORT = freePort();
    static final String APP = "http://127.0.0.1:" + PORT;
    static OidcProvider provider;

    @DynamicPropertySource
    static void deployment(DynamicPropertyRegistry properties) {
        provider = OidcProvider.start(APP + "/login/oauth2/code/oidc");
        properties.add("server.port", () -> PORT);
        properties.add("server.tomcat.remoteip.internal-proxies", () -> "127\\.0\\.0\\.1|0:0:0:0:0:0:0:1");
        String registration = "spring.security.oauth2.client.registration.oidc.";
        properties.add(registration + "client-id", () -> OidcProvider.CLIENT_ID);
        properties.add(registration + "client-secret", () -> OidcProvider.CLIENT_SECRET);
        properties.add(registration + "scope", () -> "openid,email,profile");
        properties.add("spring.security.oauth2.client.provider.oidc.issuer-uri", provider::issuer);
    }

    @AfterAll
    static void stopProvider() {
        provider.stop();
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountManagement accounts;

    @BeforeEach
    void setUp() {
        RegistryCleaner.clean(jdbc);
        jdbc.update("delete from spring_session");
        accounts.create(new NewAccount(EMAIL, "Anne Hansen", null, TestAccounts.PASSWORD, List.of(TestAccounts.member())));
    }

    @Test
    void aPersonSignsInThroughTheProviderAndIsMatchedByVerifiedEmail() {
        var browser = new WebSession(APP);
        var login = browser.get("/login");
        assertThat(login.body()).contains("Log ind med single sign-on", "href=\"/oauth2/authorization/oidc\"");

        var signedIn = throughProvider(browser, "anne");
        assertThat(signedIn.location()).isEqualTo("/konto");
        var mine = browser.get("/konto");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("Anne Hansen", EMAIL, "Log ud");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class, EMAIL))
                .as("indexed by e-mail, so password changes can end it").isEqualTo(1);
    }

    @Test
    void aPersonWithoutAnAccountIsToldWhomToAskAndGetsNone() {
        var browser = new WebSession(APP);
        browser.get("/login");
        var refused = throughProvider(browser, "stranger");
        assertThat(refused.location()).isEqualTo("/login/ingen-konto");
        var page = browser.follow(refused);
        assertThat(page.body()).contains("Ingen konto til denne e-mail", "administrator");
        assertThat(browser.get("/konto").location()).isEqualTo("/login");
        assertThat(jdbc.queryForObject("select count(*) from account", Integer.class)).isEqualTo(1);
    }

    @Test
    void anAdministratorSigningInThroughTheProviderStillGivesACode() {
        accounts.create(new NewAccount("stranger@elsewhere.dk", "Admin", null, TestAccounts.PASSWORD,
                List.of(TestAccounts.admin())));
        var browser = new WebSession(APP);
        browser.get("/login");
        assertThat(throughProvider(browser, "stranger").location()).isEqualTo("/konto/totp");
        assertThat(browser.get("/api/v1/admin/export").status()).isIn(401, 403);
    }

    @Test
    void theSessionCookieIsSecureWhenTheProxySaysTheRequestWasHttps() {
        String[] https = {"X-Forwarded-Proto", "https"};
        var overHttps = new WebSession(APP).get("/login", https);
        assertThat(overHttps.setCookie("SESSION")).contains("Secure", "HttpOnly", "SameSite=Lax");

        // This client sends a Secure cookie only over real TLS, so the form is fetched plainly and posted "through TLS".
        var browser = new WebSession(APP);
        var plain = browser.get("/login");
        assertThat(plain.setCookie("SESSION")).doesNotContain("Secure");
        var signedIn = browser.postWithHeaders("/login", https, "username", EMAIL, "password", TestAccounts.PASSWORD);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.setCookie("SESSION")).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void hammeringThePasswordIsHeldBackButTheOwnerSignsInFromElsewhere() {
        String[] attacker = {"X-Forwarded-For", "203.0.113.7"};
        var hammer = new WebSession(APP);
        hammer.get("/login", attacker);
        for (int attempt = 1; attempt <= SignInThrottle.LIMIT; attempt++) {
            var wrong = hammer.postWithHeaders("/login", attacker, "username", EMAIL, "password", "guess " + attempt);
            assertThat(wrong.location()).as("attempt " + attempt).isEqualTo("/login?error");
        }
        var eleventh = hammer.postWithHeaders("/login", attacker, "username", EMAIL, "password", "guess 11");
        assertThat(eleventh.status()).isEqualTo(429);
        assertThat(Long.parseLong(eleventh.header("Retry-After"))).isBetween(1L, 61L);
        assertThat(hammer.postWithHeaders("/login", attacker, "username", EMAIL, "password", TestAccounts.PASSWORD).status())
                .as("not even the right password from there").isEqualTo(429);

        String[] owner = {"X-Forwarded-For", "198.51.100.2"};
        var home = new WebSession(APP);
        home.get("/login", owner);
        assertThat(home.postWithHeaders("/login", owner, "username", EMAIL, "password", TestAccounts.PASSWORD).location())
                .isEqualTo("/konto");
    }

    /**
     * The authorization-code flow as a browser walks it: to the provider, its login form, back to the
     * application's callback, which exchanges the code for tokens over the back channel.
     */
    private static WebSession.Page throughProvider(WebSession browser, String user) {
        var toProvider = browser.get("/oauth2/authorization/oidc");
        assertThat(toProvider.header("Location")).startsWith(provider.issuer() + "/oauth2/authorize");
        var toLogin = browser.get(toProvider.header("Location"));
        assertThat(toLogin.header("Location")).isEqualTo(provider.issuer() + "/login");
        var form = browser.get(toLogin.header("Location"));
        assertThat(form.status()).isEqualTo(200);
        var signedIn = browser.post(provider.issuer() + "/login", "username", user, "password", OidcProvider.PASSWORD);
        var authorize = browser.get(absolute(signedIn.header("Location")));
        String callback = authorize.header("Location");
        assertThat(callback).startsWith(APP + "/login/oauth2/code/oidc?code=");
        return browser.get(callback);
    }

    private static String absolute(String location) {
        return location.startsWith("http") ? location : provider.issuer() + location;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
