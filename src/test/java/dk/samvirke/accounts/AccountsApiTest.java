package dk.samvirke.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.MailServer;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AccountsApiTest {

    static final String ADMIN = "Bearer test-admin-token";

    @RegisterExtension
    static GreenMailExtension mail = MailServer.start();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    AccountManagement accounts;

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        RegistryCleaner.clean(jdbc);
        fixtures.municipality("aarhus-kommune", "Aarhus Kommune", "751", null);
    }

    Http.Response createAccount(String json) {
        return http.post("/api/v1/admin/accounts", "application/json", json.getBytes(StandardCharsets.UTF_8),
                "Authorization", ADMIN);
    }

    @Test
    void anAdministratorCreatesAnAccountWithAPasswordAndIssuesATokenThatActsAsIt() {
        var created = createAccount("""
                {"email": "Anne@Aarhus.dk", "name": "Anne Hansen", "organisation": "aarhus-kommune",
                 "password": "grøn hest spiser blå bananer",
                 "roles": [{"role": "organisation-admin", "organisation": "aarhus-kommune"}]}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("email").asString()).isEqualTo("anne@aarhus.dk");
        assertThat(created.json().get("invited").asBoolean()).isFalse();
        assertThat(MailServer.delivered(mail, jdbc)).isEmpty();

        var token = http.post("/api/v1/admin/accounts/anne@aarhus.dk/tokens", "application/json",
                "{\"name\": \"sync script\"}".getBytes(StandardCharsets.UTF_8), "Authorization", ADMIN);
        assertThat(token.status()).isEqualTo(201);
        String secret = token.json().get("token").asString();
        assertThat(secret).startsWith("smv_").hasSizeGreaterThan(40);
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class, secret))
                .as("only the hash is stored").isZero();

        var user = accounts.authenticateToken(secret).orElseThrow();
        assertThat(user.administers("aarhus-kommune")).isTrue();
        assertThat(user.isAdmin()).isFalse();
        // The account's token is not an administrator's: admin endpoints answer 403.
        assertThat(http.get("/api/v1/admin/export", "Authorization", "Bearer " + secret).status()).isEqualTo(403);

        accounts.revokeToken("anne@aarhus.dk", token.json().get("id").asLong());
        assertThat(http.get("/api/v1/admin/export", "Authorization", "Bearer " + secret).status()).isEqualTo(401);
    }

    @Test
    void withoutAPasswordAnInvitationIsMailedAndItsLinkWorksOnce() throws Exception {
        var created = createAccount("""
                {"email": "bo@aarhus.dk", "name": "Bo Berg", "organisation": "aarhus-kommune", "roles": [{"role": "member"}]}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("invited").asBoolean()).isTrue();

        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage message = MailServer.delivered(mail, jdbc)[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("bo@aarhus.dk");
        assertThat(message.getSubject()).contains("Invitation til Samvirke");
        String body = (String) message.getContent();
        var matcher = Pattern.compile("/konto/invitation\\?token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(matcher.find()).isTrue();
        String token = matcher.group(1);

        assertThat(accounts.isLinkUsable(token, true)).isTrue();
        assertThat(accounts.isLinkUsable(token, false)).as("an invitation is no reset link").isFalse();
        assertThat(accounts.completeLink(token, true, "fire lange ord som ingen gætter")).isEqualTo("bo@aarhus.dk");
        assertThat(accounts.isLinkUsable(token, true)).as("single use").isFalse();
    }

    @Test
    void badRequestsNameEveryWrongField() {
        var invalid = createAccount("""
                {"email": "not-an-address", "name": "", "organisation": "nowhere", "password": "password123",
                 "roles": [{"role": "emperor"}, {"role": "product-manager", "product": "nope"}]}""");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
        assertThat(invalid.json().get("errors")).extracting(e -> e.get("field").asString())
                .containsExactly("email", "name", "organisation", "password", "roles[0].role", "roles[1].product");
        assertThat(jdbc.queryForObject("select count(*) from account", Integer.class)).isZero();

        createAccount("{\"email\": \"cy@aarhus.dk\", \"name\": \"Cy\"}");
        assertThat(createAccount("{\"email\": \"CY@aarhus.dk\", \"name\": \"Cy\"}").status()).isEqualTo(409);
    }

    @Test
    void commonAndBreachedPasswordsAreRefused() {
        var policy = new PasswordPolicy();
        assertThat(policy.problem("Password123!")).isPresent();
        assertThat(policy.problem("qwertyuiop")).isPresent();
        assertThat(policy.problem("iloveyou2024")).isPresent();
        assertThat(policy.problem("short")).isPresent();
        assertThat(policy.problem("anne.hansen@aarhus.dk", "anne.hansen@aarhus.dk")).isPresent();
        assertThat(policy.problem("grøn hest spiser blå bananer")).isEmpty();
    }

    @Test
    void onlyAdministratorsReachTheAdminApi() {
        assertThat(http.post("/api/v1/admin/accounts", "application/json", "{}".getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(401);
    }
}
