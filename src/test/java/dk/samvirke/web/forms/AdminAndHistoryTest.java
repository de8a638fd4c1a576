package dk.samvirke.web.forms;

import static dk.samvirke.support.SignedIn.admin;
import static dk.samvirke.support.SignedIn.member;
import static dk.samvirke.support.SignedIn.organisationAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samvirke.accounts.AccountManagement;
import dk.samvirke.accounts.AccountRequests.NewAccount;
import dk.samvirke.governance.GovernanceManagement;
import dk.samvirke.governance.GovernanceRules.BodyChange;
import dk.samvirke.people.PeopleManagement;
import dk.samvirke.people.PersonChange;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.MailServer;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.SignedIn;
import dk.samvirke.support.TestAccounts;
import dk.samvirke.usage.UsageChange;
import dk.samvirke.usage.UsageManagement;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The administrators' pages (accounts, the history log), the history of one record, and the history API. */
@IntegrationTest
class AdminAndHistoryTest {

    @RegisterExtension
    static GreenMailExtension mail = MailServer.start();

    static final Authentication ADMIN = SignedIn.as("sek@os2.eu", null, admin());
    static final Authentication ANNE = SignedIn.as("anne@aarhus.dk", "aarhus", organisationAdmin("aarhus"));
    static final Authentication MEMBER = SignedIn.as("m@aarhus.dk", "aarhus", member());

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountManagement accountManagement;
    @Autowired
    UsageManagement usages;
    @Autowired
    PeopleManagement people;
    @Autowired
    GovernanceManagement governance;

    MockMvc mvc;
    Http http;
    long usageId;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        http = new Http(port);
        RegistryCleaner.clean(jdbc);
        fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        fixtures.municipality("odense", "Odense Kommune", "461", null);
        fixtures.product("os2mo", "OS2mo", null);
        accountManagement.create(new NewAccount("anne@aarhus.dk", "Anne Andersen", "aarhus", TestAccounts.PASSWORD,
                List.of(TestAccounts.organisationAdmin("aarhus"))));
        var anne = SignedIn.user("anne@aarhus.dk", "aarhus", organisationAdmin("aarhus"));
        var saved = asActor(ANNE, () -> usages.save(anne, "aarhus", "os2mo",
                new UsageChange("pilot", "3.4", "2024-01-01", null, null), null));
        asActor(ANNE, () -> usages.save(anne, "aarhus", "os2mo",
                new UsageChange("production", "3.5", "2024-01-01", null, null), null));
        usageId = saved.usage().getId();
    }

    @Test
    void theAdministratorsPagesAreForAdministratorsOnly() throws Exception {
        for (String page : new String[] {"/admin", "/admin/konti", "/admin/historik"}) {
            assertThat(response(get(page)).getRedirectedUrl()).as(page).endsWith("/login");
            assertThat(response(get(page).with(authentication(MEMBER))).getStatus()).as(page).isEqualTo(403);
            assertThat(response(get(page).with(authentication(ANNE))).getStatus()).as(page).isEqualTo(403);
            assertThat(response(get(page).with(authentication(ADMIN))).getStatus()).as(page).isEqualTo(200);
        }
        assertThat(response(post("/admin/konti").with(csrf()).with(authentication(ANNE))
                .param("name", "X").param("email", "x@aarhus.dk").param("admin", "true")).getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from account where email = 'x@aarhus.dk'", Integer.class)).isZero();

        assertThat(html(get("/").with(authentication(ADMIN)))).contains("href=\"/admin\"", ">Administration<");
        assertThat(html(get("/").with(authentication(ANNE)))).doesNotContain("href=\"/admin\"");
        assertThat(html(get("/"))).doesNotContain("href=\"/admin\"");
    }

    @Test
    void anAdministratorCreatesAnAccountAndTheInvitationIsSent() throws Exception {
        String list = html(get("/admin/konti").with(authentication(ADMIN)));
        assertThat(list).contains("anne@aarhus.dk", "Anne Andersen", "Aarhus Kommune", "Organisationsadministrator for Aarhus Kommune", "Aldrig");

        var invalid = response(post("/admin/konti").with(csrf()).with(authentication(ADMIN))
                .param("name", "").param("email", "nope"));
        assertThat(invalid.getStatus()).isEqualTo(422);
        assertThat(invalid.getContentAsString(StandardCharsets.UTF_8)).contains("Skriv en e-mailadresse", "Skriv et navn");
        assertThat(response(post("/admin/konti").with(authentication(ADMIN)).param("name", "Bo")
                .param("email", "bo@odense.dk")).getStatus()).isEqualTo(403); // no CSRF token

        var created = response(post("/admin/konti").with(csrf()).with(authentication(ADMIN))
                .param("name", "Bo Berg").param("email", "bo@odense.dk").param("organisation", "odense")
                .param("member", "true").param("organisationAdminOf", "odense").param("productManagerOf", "os2mo"));
        assertThat(created.getStatus()).isEqualTo(302);
        assertThat(created.getRedirectedUrl()).isEqualTo("/admin/konti");
        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage invitation = mail.getReceivedMessages()[0];
        assertThat(invitation.getAllRecipients()[0].toString()).isEqualTo("bo@odense.dk");
        assertThat(invitation.getContent().toString()).contains("/konto/invitation?token=");
        assertThat(html(get("/admin/konti").with(authentication(ADMIN))))
                .contains("bo@odense.dk", "Medlem", "Organisationsadministrator for Odense Kommune", "Produktansvarlig for OS2mo")
                .doesNotContain("organisation-admin: odense");

        var again = response(post("/admin/konti").with(csrf()).with(authentication(ADMIN))
                .param("name", "Bo Berg").param("email", "BO@odense.dk"));
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString(StandardCharsets.UTF_8)).contains("Der findes allerede en konto");
    }

    @Test
    void governancesChangesAreInTheAdministratorsLogNamedInThePagesLanguage() throws Exception {
        var admin = SignedIn.user("sek@os2.eu", null, admin());
        asActor(ADMIN, () -> governance.saveBody(admin, "sg", new BodyChange(null, "Styregruppe", "steering-committee",
                "os2mo", "Styrer", null, null), null));
        asActor(ADMIN, () -> governance.saveBody(admin, "sg", new BodyChange(null, "Styregruppen", "steering-committee",
                "os2mo", "Styrer", null, null), null));

        String danish = html(get("/admin/historik").param("type", "governance-body").with(authentication(ADMIN)));
        assertThat(danish).contains("<option value=\"governance-body\" selected=\"selected\">organet</option>",
                "Kommissorium", "Styregruppe", "Styregruppen");
        assertThat(danish).doesNotContain("aarhus/os2mo"); // the usage's entries are filtered out
        String english = html(get("/admin/historik").param("type", "governance-body").param("lang", "en")
                .with(authentication(ADMIN)));
        assertThat(english).contains(">the body</option>", "Mandate");
    }

    @Test
    void theHistoryOfARecordNamesWhoChangedItButNotTheirAddress() throws Exception {
        assertThat(response(get("/historik/usage/" + usageId)).getRedirectedUrl()).endsWith("/login");

        String page = html(get("/historik/usage/" + usageId).with(authentication(MEMBER)));
        assertThat(page).contains("Historik for aarhus/os2mo", "Anne Andersen", "ændrede", "oprettede",
                ">3.4<", ">3.5<", ">pilot<", ">production<").doesNotContain("anne@aarhus.dk");
        assertThat(html(get("/historik/usage/" + usageId).with(authentication(ADMIN)))).contains("(anne@aarhus.dk)");
        assertThat(response(get("/historik/usage/999999").with(authentication(MEMBER))).getStatus()).isEqualTo(404);

        String organisationPage = html(get("/organisationer/aarhus").with(authentication(MEMBER)));
        assertThat(organisationPage).contains("/historik/usage/" + usageId, "Vis ændringer af organisationen");
        assertThat(html(get("/organisationer/aarhus"))).doesNotContain("/historik/usage/", "Vis ændringer");
    }

    @Test
    void personalDataInTheHistoryIsForAdministratorsOnly() throws Exception {
        var anne = SignedIn.user("anne@aarhus.dk", "aarhus", organisationAdmin("aarhus"));
        asActor(ANNE, () -> usages.save(anne, "aarhus", "os2mo",
                new UsageChange("production", "3.5", "2024-01-01", null, "kontakt@aarhus.dk"), null));
        long person = asActor(ANNE, () -> people.add(anne, "aarhus",
                new PersonChange("carl@aarhus.dk", "Carl Christensen", "Arkitekt")).getId());
        long account = jdbc.queryForObject("select id from account where email = 'anne@aarhus.dk'", Long.class);

        for (String page : List.of("/historik/usage/" + usageId, "/historik/person/" + person, "/historik/account/" + account)) {
            String asMember = html(get(page).with(authentication(MEMBER)));
            assertThat(asMember).as(page).doesNotContain("kontakt@aarhus.dk", "carl@aarhus.dk", "anne@aarhus.dk", "Carl Christensen", "Arkitekt")
                    .contains("personoplysning, vises kun for administratorer");
            assertThat(html(get(page + "?lang=en").with(authentication(MEMBER)))).as(page)
                    .contains("personal data, shown to administrators only");
        }
        assertThat(html(get("/historik/person/" + person).with(authentication(MEMBER))))
                .contains("Anne Andersen", "oprettede", "Titel");
        assertThat(html(get("/historik/usage/" + usageId).with(authentication(MEMBER)))).contains(">3.5<", ">production<");
        assertThat(html(get("/historik/person/" + person).with(authentication(ADMIN))))
                .contains("carl@aarhus.dk", "Carl Christensen", "Arkitekt", "(anne@aarhus.dk)");
        assertThat(html(get("/historik/usage/" + usageId).with(authentication(ADMIN)))).contains("kontakt@aarhus.dk");

        String memberToken = accounts.bearer("m@aarhus.dk", "aarhus", TestAccounts.member());
        var asMember = http.get("/api/v1/organisations/aarhus/usages/os2mo/history", "Authorization", memberToken);
        assertThat(asMember.body()).doesNotContain("kontakt@aarhus.dk", "anne@aarhus.dk");
        assertThat(asMember.json().get(0).get("changes").get("contactEmail"))
                .extracting(v -> v.isNull() ? null : v.asString()).containsExactly(null, "(withheld)");
        String administrator = accounts.bearer("sek@os2.eu", null, TestAccounts.admin());
        assertThat(http.get("/api/v1/organisations/aarhus/usages/os2mo/history", "Authorization", administrator).body())
                .contains("kontakt@aarhus.dk", "anne@aarhus.dk");
    }

    @Test
    void aChangeMadeWithAnOrganisationAdminsTokenRecordsWhoMadeIt() {
        String token = accounts.bearer("ole@odense.dk", "odense", TestAccounts.organisationAdmin("odense"));
        var put = http.put("/api/v1/organisations/odense/usages/os2mo", "application/json",
                "{\"status\": \"pilot\", \"version\": \"1.0\"}".getBytes(StandardCharsets.UTF_8), "Authorization", token);
        assertThat(put.status()).as(put.body()).isIn(200, 201);
        var person = http.post("/api/v1/organisations/odense/people", "application/json",
                "{\"email\": \"pia@odense.dk\", \"name\": \"Pia\"}".getBytes(StandardCharsets.UTF_8), "Authorization", token);
        assertThat(person.status()).as(person.body()).isEqualTo(201);

        String administrator = accounts.bearer("sek@os2.eu", null, TestAccounts.admin());
        var log = http.get("/api/v1/history?actor=ole@odense.dk", "Authorization", administrator).json().get("items");
        assertThat(log).extracting(e -> e.get("type").asString()).contains("usage", "person");
        assertThat(log).allSatisfy(e -> {
            assertThat(e.get("actor").asString()).isEqualTo("ole@odense.dk");
            assertThat(e.get("actorName").asString()).isEqualTo("ole@odense.dk");
        });
        var asMember = http.get("/api/v1/organisations/odense/usages/os2mo/history", "Authorization", token).json();
        assertThat(asMember.get(0).get("actorName").asString()).isEqualTo("ole@odense.dk");
    }

    @Test
    void theHistoryLogFilters() throws Exception {
        String all = html(get("/admin/historik").with(authentication(ADMIN)));
        assertThat(all).contains("aarhus/os2mo", "os2mo", "anne@aarhus.dk");
        String usagesByAnne = html(get("/admin/historik").with(authentication(ADMIN))
                .param("type", "usage").param("actor", "anne@aarhus.dk").param("key", "AARHUS"));
        assertThat(usagesByAnne).contains("aarhus/os2mo").doesNotContain(">os2mo</a>");
        assertThat(html(get("/admin/historik").with(authentication(ADMIN)).param("actor", "nobody@x.dk")))
                .contains("Ingen ændringer er registreret.");
        assertThat(html(get("/admin/historik").with(authentication(ADMIN)).param("from", LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString())))
                .contains("Ingen ændringer er registreret.");
        var badDate = response(get("/admin/historik").with(authentication(ADMIN)).param("from", "2024-13-45"));
        assertThat(badDate.getStatus()).isEqualTo(200);
        assertThat(badDate.getContentAsString(StandardCharsets.UTF_8)).contains("Skriv en dato som åååå-mm-dd");
    }

    @Test
    void theHistoryApiIsForAdministratorsAndAUsagesHistoryForAnyoneSignedIn() {
        String administrator = accounts.bearer("sek@os2.eu", null, TestAccounts.admin());
        String memberToken = accounts.bearer("m@aarhus.dk", "aarhus", TestAccounts.member());

        assertThat(http.get("/api/v1/history").status()).isEqualTo(401);
        assertThat(http.get("/api/v1/history", "Authorization", memberToken).status()).isEqualTo(403);
        var log = http.get("/api/v1/history?type=usage&key=os2mo&actor=anne@aarhus.dk&from=" + LocalDate.now(java.time.ZoneOffset.UTC)
                + "&to=" + LocalDate.now(java.time.ZoneOffset.UTC) + "&page=0&size=1", "Authorization", administrator);
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.json().get("items")).hasSize(1);
        assertThat(log.json().get("hasMore").asBoolean()).isTrue();
        assertThat(log.json().get("items").get(0).get("actor").asString()).isEqualTo("anne@aarhus.dk");
        assertThat(log.json().get("items").get(0).get("changes").get("productVersion"))
                .extracting(v -> v.asString()).containsExactly("3.4", "3.5");
        var second = http.get("/api/v1/history?type=usage&page=1&size=1", "Authorization", administrator).json();
        assertThat(second.get("items").get(0).get("action").asString()).isEqualTo("create");
        assertThat(second.get("hasMore").asBoolean()).isFalse();
        assertThat(http.get("/api/v1/history?type=person", "Authorization", administrator).json().get("items")).isEmpty();
        assertThat(http.get("/api/v1/history?from=tomorrow", "Authorization", administrator).status()).isEqualTo(400);

        assertThat(http.get("/api/v1/organisations/aarhus/usages/os2mo/history").status()).isEqualTo(401);
        var usageHistory = http.get("/api/v1/organisations/aarhus/usages/os2mo/history", "Authorization", memberToken);
        assertThat(usageHistory.status()).isEqualTo(200);
        assertThat(usageHistory.json()).hasSize(2);
        assertThat(usageHistory.json().get(0).get("actorName").asString()).isEqualTo("Anne Andersen");
        assertThat(usageHistory.body()).doesNotContain("anne@aarhus.dk");
        assertThat(http.get("/api/v1/organisations/aarhus/usages/nope/history", "Authorization", memberToken).status())
                .isEqualTo(404);
    }

    private static <T> T asActor(Authentication actor, java.util.function.Supplier<T> change) {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(actor);
        try {
            return change.get();
        } finally {
            context.setAuthentication(previous);
        }
    }

    private org.springframework.mock.web.MockHttpServletResponse response(MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        var response = response(request);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
