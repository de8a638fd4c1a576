package dk.samvirke.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The README's first steps on a registry without accounts: bootstrap token, the first administrator, the second factor. */
@IntegrationTest
class FirstStepsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noAccounts() {
        RegistryCleaner.clean(jdbc);
        jdbc.update("delete from spring_session");
    }

    @Test
    void theBootstrapTokenCreatesTheFirstAdministratorWhoEnrolsASecondFactorAtFirstSignIn() {
        String passphrase = "en lang sætning kun jeg kender 2026";
        var created = new Http(port).post("/api/v1/admin/accounts", "application/json",
                ("{\"email\": \"sekretariat@example.org\", \"name\": \"Sekretariatet\", \"password\": \"" + passphrase
                        + "\", \"roles\": [{\"role\": \"admin\"}]}").getBytes(StandardCharsets.UTF_8),
                "Authorization", "Bearer test-admin-token");
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        var browser = WebSession.at(port);
        browser.get("/login");
        var signedIn = browser.post("/login", "username", "sekretariat@example.org", "password", passphrase);
        assertThat(signedIn.location()).isEqualTo("/konto/totp");
        var enrol = browser.get("/konto/totp");
        assertThat(enrol.body()).contains("id=\"totp-secret\"", "/konto/totp/qr.svg");
        var secret = java.util.regex.Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<").matcher(enrol.body());
        assertThat(secret.find()).isTrue();
        var confirmed = browser.post("/konto/totp", "code", SecondFactorTest.codeNow(secret.group(1).replace(" ", "")));
        assertThat(confirmed.location()).isEqualTo("/konto/totp/koder");
        assertThat(browser.get("/konto/totp/koder").body()).contains("<code>");
        assertThat(browser.get("/admin/konti").status()).isEqualTo(200);
    }
}
