package dk.samvirke.web.forms;

import static dk.samvirke.support.SignedIn.member;
import static dk.samvirke.support.SignedIn.organisationAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.samvirke.history.History;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.SignedIn;
import dk.samvirke.usage.UsageChange;
import dk.samvirke.usage.UsageManagement;
import dk.samvirke.usage.UsageStatus;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** "Registrér jeres brug": the usage form on the organisation page and its edit page, as a browser posts them. */
@IntegrationTest
class UsageFormTest {

    static final Authentication OWN_ADMIN = SignedIn.as("anne@aarhus.dk", "aarhus", organisationAdmin("aarhus"));
    static final Authentication FOREIGN_ADMIN = SignedIn.as("ole@odense.dk", "odense", organisationAdmin("odense"));
    static final Authentication MEMBER = SignedIn.as("m@aarhus.dk", "aarhus", member());

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    UsageManagement usages;
    @Autowired
    History history;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
                .build();
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        var odense = fixtures.municipality("odense", "Odense Kommune", "461", null);
        fixtures.product("os2mo", "OS2mo", aarhus);
        var forms = fixtures.product("os2forms", "OS2forms", aarhus);
        fixtures.usage(odense, forms, UsageStatus.PILOT, "1.0");
    }

    @Test
    void theOrganisationsAdminRecordsAUsageAndTheHistoryNamesThem() throws Exception {
        var result = perform(post("/organisationer/aarhus/anvendelser").with(csrf()).with(authentication(OWN_ADMIN))
                .param("product", "os2mo").param("status", "production").param("version", "3.4")
                .param("since", "2024-03-01").param("contactEmail", "IT@aarhus.dk"));

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/organisationer/aarhus#products-heading");
        assertThat(jdbc.queryForMap("select status, product_version, since, contact_email from product_usage u"
                + " join organisation o on o.id = u.organisation_id where o.org_key = 'aarhus'"))
                .containsEntry("status", "production").containsEntry("product_version", "3.4")
                .containsEntry("contact_email", "it@aarhus.dk");
        long id = jdbc.queryForObject("select u.id from product_usage u join organisation o on o.id = u.organisation_id"
                + " where o.org_key = 'aarhus'", Long.class);
        assertThat(history.ofRecord("usage", id, true)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("anne@aarhus.dk"));

        String page = html(get("/organisationer/aarhus").with(authentication(OWN_ADMIN)));
        assertThat(page).contains("Registrér jeres brug", "/organisationer/aarhus/anvendelser/os2mo", "/historik/usage/" + id);
    }

    @Test
    void theFormIsOnlyForTheOrganisationsAdmins() throws Exception {
        assertThat(html(get("/organisationer/aarhus"))).doesNotContain("Registrér jeres brug", "name=\"revision\"");
        assertThat(html(get("/organisationer/aarhus").with(authentication(MEMBER)))).doesNotContain("Registrér jeres brug");
        assertThat(html(get("/organisationer/aarhus").with(authentication(FOREIGN_ADMIN)))).doesNotContain("Registrér jeres brug");
        assertThat(html(get("/organisationer/aarhus").with(authentication(OWN_ADMIN)))).contains("Registrér jeres brug");
    }

    @Test
    void othersAreRefusedAndNothingIsWritten() throws Exception {
        for (var other : new Authentication[] {FOREIGN_ADMIN, MEMBER}) {
            assertThat(status(post("/organisationer/aarhus/anvendelser").with(csrf()).with(authentication(other))
                    .param("product", "os2mo").param("status", "production"))).isEqualTo(403);
            assertThat(status(post("/organisationer/odense/anvendelser/os2forms").with(csrf()).with(authentication(MEMBER))
                    .param("status", "production").param("revision", "0"))).isEqualTo(403);
            assertThat(status(get("/organisationer/odense/anvendelser/os2forms").with(authentication(other))))
                    .isIn(403, 200); // the foreign admin of odense may open it; checked below
        }
        assertThat(status(post("/organisationer/odense/anvendelser/os2forms").with(csrf()).with(authentication(OWN_ADMIN))
                .param("status", "production").param("revision", "0"))).isEqualTo(403);
        var anonymous = perform(post("/organisationer/aarhus/anvendelser").with(csrf())
                .param("product", "os2mo").param("status", "production"));
        assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(jdbc.queryForObject("select count(*) from product_usage", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from product_usage", String.class)).isEqualTo("pilot");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        assertThat(status(post("/organisationer/aarhus/anvendelser").with(authentication(OWN_ADMIN))
                .param("product", "os2mo").param("status", "production"))).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from product_usage", Integer.class)).isEqualTo(1);
    }

    @Test
    void fieldErrorsStandNextToTheFieldsAndTheInputIsKept() throws Exception {
        var result = perform(post("/organisationer/aarhus/anvendelser").with(csrf()).with(authentication(OWN_ADMIN))
                .param("product", "os2mo").param("status", "running").param("version", "3.4")
                .param("since", "2024-02-30").param("contactEmail", "nobody"));

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("Formularen har fejl", "Vælg hvor langt I er", "Skriv en dato som åååå-mm-dd",
                "Skriv en e-mailadresse", "form-error", "id=\"usage-contactEmail-error\"", "aria-invalid=\"true\"",
                "value=\"nobody\"", "value=\"3.4\"", "href=\"#usage-status\"");
        assertThat(page).doesNotContain("Skriv en version");
        assertThat(jdbc.queryForObject("select count(*) from product_usage", Integer.class)).isEqualTo(1);

        var none = perform(post("/organisationer/aarhus/anvendelser").with(csrf()).with(authentication(OWN_ADMIN))
                .param("status", "production"));
        assertThat(none.getResponse().getStatus()).isEqualTo(422);
        assertThat(none.getResponse().getContentAsString()).contains("Vælg et produkt fra listen");
    }

    @Test
    void theEditPageWorksWithoutJavaScriptAndHtmxGetsTheFormAlone() throws Exception {
        var odenseAdmin = FOREIGN_ADMIN;
        String page = html(get("/organisationer/odense/anvendelser/os2forms").with(authentication(odenseAdmin)));
        assertThat(page).contains("<html", "Ret brugen af OS2forms i Odense Kommune", "name=\"revision\" value=\"0\"",
                "value=\"1.0\"");
        String fragment = html(get("/organisationer/odense/anvendelser/os2forms").with(authentication(odenseAdmin))
                .header("HX-Request", "true"));
        assertThat(fragment).doesNotContain("<html").contains("id=\"usage-edit\"", "name=\"revision\"");

        var saved = perform(post("/organisationer/odense/anvendelser/os2forms").with(csrf()).with(authentication(odenseAdmin))
                .param("status", "production").param("version", "1.1").param("revision", "0")
                .param("product", "os2mo")); // the address decides the product, not the body
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForList("select p.product_key from product_usage u join product p on p.id = u.product_id",
                String.class)).containsExactly("os2forms");
        assertThat(jdbc.queryForObject("select product_version from product_usage", String.class)).isEqualTo("1.1");
    }

    @Test
    void aConcurrentChangeIsShownWithBothValuesAndNothingIsOverwritten() throws Exception {
        // Ole opens the form at revision 0; meanwhile a colleague saves version 2.0.
        usages.save(SignedIn.user("kim@odense.dk", "odense", organisationAdmin("odense")), "odense", "os2forms",
                new UsageChange("production", "2.0", "2021-01-01", null, null), 0L);

        var result = perform(post("/organisationer/odense/anvendelser/os2forms").with(csrf())
                .with(authentication(FOREIGN_ADMIN))
                .param("status", "discontinued").param("version", "1.5").param("revision", "0"));

        assertThat(result.getResponse().getStatus()).isEqualTo(409);
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("En anden har ændret registreringen", "Gemt af en anden", "Dit input",
                ">2.0<", ">1.5<", ">I drift<", ">Udfaset<", "value=\"1.5\"", "name=\"revision\" value=\"1\"");
        assertThat(jdbc.queryForObject("select product_version from product_usage", String.class)).isEqualTo("2.0");

        // Saving again from the form now shown is a decision taken knowingly.
        assertThat(status(post("/organisationer/odense/anvendelser/os2forms").with(csrf()).with(authentication(FOREIGN_ADMIN))
                .param("status", "discontinued").param("version", "1.5").param("revision", "1"))).isEqualTo(302);
        assertThat(jdbc.queryForObject("select product_version from product_usage", String.class)).isEqualTo("1.5");
    }

    @Test
    void theConflictMessageIsInEnglishForEnglishReaders() throws Exception {
        usages.save(SignedIn.user("kim@odense.dk", "odense", organisationAdmin("odense")), "odense", "os2forms",
                new UsageChange("production", "2.0", null, null, null), 0L);
        var result = perform(post("/organisationer/odense/anvendelser/os2forms").with(csrf())
                .with(authentication(FOREIGN_ADMIN)).cookie(new Cookie("samvirke-lang", "en"))
                .param("status", "pilot").param("version", "1.5").param("revision", "0"));
        assertThat(result.getResponse().getContentAsString())
                .contains("Someone else changed this record while you were working on it", "Saved by someone else");
    }

    @Test
    void recordingAProductAlreadyRecordedShowsTheSavedRecordInsteadOfOverwritingIt() throws Exception {
        var result = perform(post("/organisationer/odense/anvendelser").with(csrf()).with(authentication(FOREIGN_ADMIN))
                .param("product", "os2forms").param("status", "planned").param("version", "9"));
        assertThat(result.getResponse().getStatus()).isEqualTo(409);
        assertThat(result.getResponse().getContentAsString()).contains("En anden har ændret registreringen", ">Pilot<");
        assertThat(jdbc.queryForObject("select product_version from product_usage", String.class)).isEqualTo("1.0");
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return perform(request).getResponse().getStatus();
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        var response = perform(request).getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }
}
