package dk.samvirke.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.accounts.AccountRequests.NewAccount;
import dk.samvirke.catalogue.Product;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.people.ParticipationRole;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** What a person does with their own account on /konto: tokens, password, their data, deleting it. */
@IntegrationTest
class MyAccountTest {

    static final String EMAIL = "mette@aarhus.dk";
    static final String NEW_PASSWORD = "fire lange ord som ingen gætter";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    AccountManagement accounts;

    @LocalServerPort
    int port;

    WebSession browser;
    Organisation aarhus;
    Product os2forms;

    @BeforeEach
    void setUp() {
        RegistryCleaner.clean(jdbc);
        jdbc.update("delete from spring_session");
        aarhus = fixtures.municipality("aarhus-kommune", "Aarhus Kommune", "751", null);
        os2forms = fixtures.product("os2forms", "OS2forms", aarhus);
        accounts.create(new NewAccount(EMAIL, "Mette Hansen", "aarhus-kommune", TestAccounts.PASSWORD,
                List.of(TestAccounts.productManager("os2forms"), TestAccounts.member())));
        browser = signedIn(WebSession.at(port), TestAccounts.PASSWORD);
    }

    @Test
    void aTokenIsShownOnceWorksAgainstTheApiAndCanBeRevoked() {
        var page = browser.get("/konto");
        assertThat(page.body()).contains("Produktansvarlig for OS2forms", "Medlem", "Du har ingen API-nøgler.");

        var created = browser.post("/konto/tokens", "name", "Synkronisering");
        assertThat(created.status()).isEqualTo(200);
        var shown = Pattern.compile("(smv_[A-Za-z0-9_-]{40,})").matcher(created.body());
        assertThat(shown.find()).isTrue();
        String token = shown.group(1);
        assertThat(created.body()).contains("vises kun denne ene gang", "Ctrl+C");
        assertThat(created.header("Cache-Control")).contains("no-store");

        var http = new Http(port);
        assertThat(http.get("/api/v1/admin/export", "Authorization", "Bearer " + token).status())
                .as("the token acts as its account, which is no administrator").isEqualTo(403);
        assertThat(accounts.authenticateToken(token)).get().extracting(SignedInUser::email).isEqualTo(EMAIL);

        var list = browser.get("/konto");
        assertThat(list.body()).contains("Synkronisering", token.substring(0, 10) + "…", "Aktiv")
                .as("never shown again").doesNotContain(token);
        long id = jdbc.queryForObject("select id from api_token", Long.class);

        var revoked = browser.post("/konto/tokens/" + id + "/tilbagekald");
        assertThat(revoked.location()).isEqualTo("/konto?revoked");
        assertThat(browser.follow(revoked).body()).contains("API-nøglen er tilbagekaldt", "Tilbagekaldt");
        assertThat(accounts.authenticateToken(token)).isEmpty();
    }

    @Test
    void nobodyRevokesAnotherPersonsToken() {
        accounts.create(new NewAccount("other@aarhus.dk", "Other", null, TestAccounts.PASSWORD, List.of()));
        var theirs = accounts.issueToken("other@aarhus.dk", "theirs");
        browser.get("/konto");
        assertThat(browser.post("/konto/tokens/" + theirs.id() + "/tilbagekald").status()).isEqualTo(404);
        assertThat(accounts.authenticateToken(theirs.token())).isPresent();
        assertThat(browser.post("/konto/tokens", "name", " ").body()).contains("Giv nøglen et navn");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsTheOtherSessions() {
        var elsewhere = signedIn(WebSession.at(port), TestAccounts.PASSWORD);
        assertThat(elsewhere.get("/konto").status()).isEqualTo(200);

        browser.get("/konto/adgangskode");
        var wrongCurrent = browser.post("/konto/adgangskode", "currentPassword", "forkert", "password", NEW_PASSWORD,
                "repeat", NEW_PASSWORD);
        assertThat(wrongCurrent.body()).contains("Din nuværende adgangskode er ikke rigtig");
        var weak = browser.post("/konto/adgangskode", "currentPassword", TestAccounts.PASSWORD, "password", "kort",
                "repeat", "kort");
        assertThat(weak.body()).contains("mindst 10 tegn");

        var changed = browser.post("/konto/adgangskode", "currentPassword", TestAccounts.PASSWORD, "password", NEW_PASSWORD,
                "repeat", NEW_PASSWORD);
        assertThat(changed.location()).isEqualTo("/konto?passwordChanged");
        assertThat(browser.follow(changed).body()).contains("Du er logget ud alle andre steder");
        assertThat(elsewhere.get("/konto").location()).isEqualTo("/login");
        signedIn(WebSession.at(port), NEW_PASSWORD);
    }

    @Test
    void theLanguageChosenSignedInIsTheLanguageOfHerMail() throws Exception {
        assertThat(browser.get("/konto").body()).contains("Dansk med engelsk nedenunder");
        assertThat(jdbc.queryForObject("select language from account where email = ?", String.class, EMAIL)).isNull();

        assertThat(browser.get("/produkter?lang=en").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select language from account where email = ?", String.class, EMAIL)).isEqualTo("en");
        assertThat(browser.get("/konto").body()).contains("English (the language you last chose on the site)");
        var json = JsonMapper.builder().build().readTree(browser.get("/konto/data").body());
        assertThat(json.at("/account/language").asString()).isEqualTo("en");
        long version = jdbc.queryForObject("select version from registry_version where id = 1", Long.class);
        browser.get("/produkter?lang=en");
        assertThat(jdbc.queryForObject("select version from registry_version where id = 1", Long.class))
                .as("the same language again writes nothing").isEqualTo(version);

        assertThat(WebSession.at(port).get("/produkter?lang=da").status()).as("not signed in").isEqualTo(200);
        assertThat(jdbc.queryForObject("select language from account where email = ?", String.class, EMAIL)).isEqualTo("en");
        browser.get("/?lang=da");
        assertThat(jdbc.queryForObject("select language from account where email = ?", String.class, EMAIL)).isEqualTo("da");
    }

    @Test
    void thePersonDownloadsEverythingHeldAboutThem() throws Exception {
        var person = fixtures.person(EMAIL, "Mette Hansen", aarhus);
        fixtures.participation(person, os2forms, ParticipationRole.DEVELOPER, "0.5");
        accounts.issueToken(EMAIL, "script");

        browser.get("/konto/adgangskode");
        assertThat(browser.post("/konto/adgangskode", "currentPassword", TestAccounts.PASSWORD, "password", NEW_PASSWORD,
                "repeat", NEW_PASSWORD).location()).isEqualTo("/konto?passwordChanged");
        var download = browser.get("/konto/data");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("application/json");
        assertThat(download.header("Content-Disposition")).startsWith("attachment").contains("samvirke-mine-data.json");
        var json = JsonMapper.builder().build().readTree(download.body());
        assertThat(json.at("/account/email").asString()).isEqualTo(EMAIL);
        assertThat(json.at("/account/organisation").asString()).isEqualTo("aarhus-kommune");
        assertThat(json.at("/account/roles")).hasSize(2);
        assertThat(json.at("/apiTokens/0/name").asString()).isEqualTo("script");
        assertThat(json.at("/person/name").asString()).isEqualTo("Mette Hansen");
        assertThat(json.at("/participations/0/product").asString()).isEqualTo("os2forms");
        assertThat(json.at("/participations/0/allocation").asDouble()).isEqualTo(0.5);
        // Her password change is a change she made (to her account); the fixtures were written by 'system'.
        assertThat(json.at("/changesMade")).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.get("actor").asString()).isEqualTo(EMAIL);
            assertThat(entry.get("recordType").asString()).isEqualTo("account");
        });
        assertThat(download.body()).as("never a hash").doesNotContain("hash", "bcrypt", "{bcrypt}");
    }

    @Test
    void deletingTheAccountEndsEverySessionAndLeavesTheHistoryWithoutTheName() {
        var person = fixtures.person(EMAIL, "Mette Hansen", aarhus);
        var token = accounts.issueToken(EMAIL, "script");
        // A change she makes through the API, so the history has her as the actor.
        var http = new Http(port);
        jdbc.update("insert into audit_entry (occurred_at, actor, action, record_type, record_id, record_key, changes)"
                + " values (current_timestamp, ?, 'update', 'product', ?, 'os2forms', '{}')", EMAIL, os2forms.getId());
        // A topic she opens, and an entry written before authors were rendered for the history (a raw dump).
        var topic = http.post("/api/v1/forum/topics", "application/json", ("{\"category\": \"general\", \"kind\":"
                + " \"discussion\", \"title\": \"Hvem bruger OS2forms?\", \"body\": \"Fortæl gerne.\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "Authorization", "Bearer " + token.token());
        assertThat(topic.status()).as(topic.body()).isEqualTo(201);
        long topicId = topic.json().get("id").asLong();
        jdbc.update("insert into audit_entry (occurred_at, actor, action, record_type, record_id, record_key, changes,"
                + " personal_fields) values (current_timestamp, 'system', 'update', 'forum-post', 1, '1/1', ?, 'author')",
                "{\"author\": [null, \"Author[accountId=9, name=Mette Hansen, email=" + EMAIL + "]\"]}");
        var elsewhere = signedIn(WebSession.at(port), TestAccounts.PASSWORD);

        var confirm = browser.get("/konto/slet");
        assertThat(confirm.body()).contains("Ja, slet min konto", "bliver ikke slettet", "slettet konto");
        var deleted = browser.post("/konto/slet");
        assertThat(deleted.location()).isEqualTo("/konto/slettet");
        assertThat(deleted.deletesCookie("SESSION")).isTrue();
        assertThat(browser.follow(deleted).body()).contains("Din konto er slettet");

        assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, EMAIL)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from api_token", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from account_role", Integer.class)).isZero();
        assertThat(http.get("/api/v1/admin/export", "Authorization", "Bearer " + token.token()).status()).isEqualTo(401);
        assertThat(browser.get("/konto").location()).isEqualTo("/login");
        assertThat(elsewhere.get("/konto").location()).isEqualTo("/login");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class, EMAIL))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where lower(actor) = ?", Integer.class, EMAIL))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = 'deleted account'"
                + " and record_type = 'product'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from person where id = ?", Integer.class, person.getId()))
                .as("the registry's person record is not the account's").isEqualTo(1);

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type <> 'person'"
                + " and (lower(changes) like '%mette%' or lower(record_key) like '%mette%')", Integer.class))
                .as("neither the address nor the name is left in the history of the account and its posts").isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'account'"
                + " and record_key = '(erased)'", Integer.class)).isPositive();
        assertThat(jdbc.queryForList("select coalesce(author_name, author_email, cast(author_id as varchar(20)))"
                + " from forum_post union all select coalesce(author_name, author_email) from forum_topic", String.class))
                .containsOnlyNulls();
        var topicPage = WebSession.at(port).get("/forum/topics/" + topicId);
        assertThat(topicPage.body()).contains("En slettet bruger", "Fortæl gerne.").doesNotContain("Mette Hansen");
        assertThat(WebSession.at(port).get("/forum/topics/" + topicId + "?lang=en").body()).contains("A deleted user");
    }

    private WebSession signedIn(WebSession session, String password) {
        session.get("/login");
        assertThat(session.post("/login", "username", EMAIL, "password", password).location()).isEqualTo("/konto");
        return session;
    }
}
