package dk.samvirke.web.security;

import static dk.samvirke.support.SignedIn.admin;
import static dk.samvirke.support.SignedIn.member;
import static dk.samvirke.support.SignedIn.organisationAdmin;
import static dk.samvirke.support.SignedIn.productManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.samvirke.security.NoticeRequest;
import dk.samvirke.security.SecurityNoticeManagement;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.SignedIn;
import dk.samvirke.usage.UsageStatus;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The notices' pages and their rights (MockMvc): the edit form, the status page, the product page's count. */
@IntegrationTest
class SecurityNoticePagesTest {

    static final Authentication MANAGER = SignedIn.as("pm@os2.eu", null, productManager("os2forms"));
    static final Authentication OTHER_MANAGER = SignedIn.as("pm@os2loop.dk", null, productManager("os2loop"));
    static final Authentication AARHUS = SignedIn.as("anne@aarhus.dk", "aarhus", organisationAdmin("aarhus"));
    static final Authentication ODENSE = SignedIn.as("ole@odense.dk", "odense", organisationAdmin("odense"));
    static final Authentication MEMBER = SignedIn.as("m@aarhus.dk", "aarhus", member());
    static final Authentication ADMIN = SignedIn.as("sek@os2.eu", null, admin());

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    SecurityNoticeManagement management;

    MockMvc mvc;
    long id;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        var odense = fixtures.municipality("odense", "Odense Kommune", "461", null);
        var forms = fixtures.product("os2forms", "OS2forms", null);
        fixtures.product("os2loop", "OS2loop", null);
        fixtures.usage(aarhus, forms, UsageStatus.PRODUCTION, "2.4.2");
        fixtures.usage(odense, forms, UsageStatus.PRODUCTION, "3.0");
        id = management.publish(SignedIn.user("pm@os2.eu", null, productManager("os2forms")), "os2forms",
                new NoticeRequest("Fejl", "high", "<2.4.3", "2.4.3", "Beskrivelse", List.of())).notice().getId();
    }

    @Test
    void editingIsForTheProductsManagersWithTheRevisionShown() throws Exception {
        assertThat(status(get("/sikkerhed/" + id + "/ret"), null)).isEqualTo(302);
        assertThat(status(get("/sikkerhed/" + id + "/ret"), OTHER_MANAGER)).isEqualTo(403);
        assertThat(status(get("/sikkerhed/" + id + "/ret"), AARHUS)).isEqualTo(403);
        assertThat(status(get("/sikkerhed/" + id + "/ret"), MANAGER)).isEqualTo(200);
        assertThat(status(editPost("Ny titel", "0"), MEMBER)).isEqualTo(403);
        assertThat(status(editPost("Ny titel", "0"), OTHER_MANAGER)).isEqualTo(403);
        var bad = perform(editPost("", "0"), MANAGER);
        assertThat(bad.getResponse().getStatus()).isEqualTo(422);
        assertThat(bad.getResponse().getContentAsString()).contains("Skriv en titel");
        assertThat(status(editPost("Ny titel", "0"), MANAGER)).isEqualTo(302);
        var stale = perform(editPost("Anden titel", "0"), ADMIN);
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentAsString()).contains("Nogen har ændret meddelelsen");
        assertThat(jdbc.queryForObject("select title from security_notice", String.class)).isEqualTo("Ny titel");
    }

    @Test
    void theStatusPageIsForTheOrganisationsAdmins() throws Exception {
        String page = "/sikkerhed/" + id + "/status/aarhus";
        assertThat(status(get(page), null)).isEqualTo(302);
        assertThat(status(get(page), ODENSE)).isEqualTo(403);
        assertThat(status(get(page), MANAGER)).isEqualTo(403);
        assertThat(status(get(page), MEMBER)).isEqualTo(403);
        assertThat(perform(get(page), AARHUS).getResponse().getContentAsString()).contains("Berørt", "2.4.2");
        assertThat(status(post(page).param("status", "affected"), AARHUS)).isEqualTo(422);
        assertThat(status(post(page).param("status", "resolved"), ODENSE)).isEqualTo(403);
        assertThat(status(post(page).param("status", "resolved").param("note", "Rettet"), AARHUS)).isEqualTo(302);
        assertThat(jdbc.queryForObject("select status from security_notice_status where until is null and note = 'Rettet'",
                String.class)).isEqualTo("resolved");
        assertThat(status(get("/sikkerhed/" + id + "/status/nowhere"), ADMIN)).isEqualTo(404);
    }

    @Test
    void theNoticePageShowsRowsByRight() throws Exception {
        String page = "/sikkerhed/" + id;
        assertThat(perform(get(page), null).getResponse().getContentAsString()).doesNotContain("Aarhus Kommune", "Odense");
        assertThat(perform(get(page), MEMBER).getResponse().getContentAsString()).doesNotContain("Aarhus Kommune");
        assertThat(perform(get(page), OTHER_MANAGER).getResponse().getContentAsString()).doesNotContain("Aarhus Kommune");
        assertThat(perform(get(page), AARHUS).getResponse().getContentAsString()).contains("Aarhus Kommune")
                .doesNotContain("Odense Kommune");
        assertThat(perform(get(page), MANAGER).getResponse().getContentAsString()).contains("Aarhus Kommune", "Odense Kommune",
                "Ret meddelelsen");
        assertThat(status(get("/sikkerhed/999999"), null)).isEqualTo(404);
        // the product page: how many run a version without a known vulnerability, and the managers' button
        assertThat(perform(get("/produkter/os2forms"), null).getResponse().getContentAsString())
                .contains("1 af 2 organisationer kører en version uden kendte sårbarheder").doesNotContain("Ny sikkerhedsmeddelelse");
        assertThat(perform(get("/produkter/os2forms"), MANAGER).getResponse().getContentAsString())
                .contains("Ny sikkerhedsmeddelelse");
        assertThat(status(get("/sikkerhed/ny?produkt=os2forms"), OTHER_MANAGER)).isEqualTo(403);
        assertThat(status(get("/sikkerhed/ny?produkt=os2forms"), MANAGER)).isEqualTo(200);
        // the organisation page: its open notices to its admins only
        assertThat(perform(get("/organisationer/aarhus"), AARHUS).getResponse().getContentAsString())
                .contains("Sikkerhedsmeddelelser, der berører jer", "Fejl");
        assertThat(perform(get("/organisationer/aarhus"), MEMBER).getResponse().getContentAsString())
                .doesNotContain("Sikkerhedsmeddelelser, der berører jer");
        assertThat(perform(get("/organisationer/aarhus"), ODENSE).getResponse().getContentAsString())
                .doesNotContain("Sikkerhedsmeddelelser, der berører jer");
    }

    @Test
    void harvestedReleasesAreTheFixedInChoicesNewestFirst() throws Exception {
        long product = jdbc.queryForObject("select id from product where product_key = 'os2forms'", Long.class);
        jdbc.update("insert into harvest_repository (product_id, url, created_at, last_state, last_message, last_harvested_at)"
                + " values (?, 'https://github.com/OS2/os2forms', current_timestamp, 'succeeded', 'ok', current_timestamp)",
                product);
        long repository = jdbc.queryForObject("select id from harvest_repository", Long.class);
        for (String tag : new String[] {"v2.9.0", "v2.10.0", "2.4.3-rc.1", "nightly"}) {
            jdbc.update("insert into harvest_release (repository_id, name, commit_id, released_at) values"
                    + " (?, ?, 'abc', timestamp '2026-03-01 10:00:00')", repository, tag);
        }
        String form = perform(get("/sikkerhed/ny?produkt=os2forms"), MANAGER).getResponse().getContentAsString();
        assertThat(form).contains("notice-fixedChoice").doesNotContain(">nightly<");
        assertThat(form.indexOf(">v2.10.0<")).isPositive().isLessThan(form.indexOf(">v2.9.0<"));
        assertThat(form.indexOf(">v2.9.0<")).isLessThan(form.indexOf(">2.4.3-rc.1<"));
        // choosing one publishes with it as the fixed version
        assertThat(status(post("/sikkerhed/ny").param("product", "os2forms").param("title", "Ny fejl").param("severity", "low")
                .param("affected", "<2.10.0").param("fixedChoice", "v2.10.0").param("description", "d"), MANAGER))
                .isEqualTo(302);
        assertThat(jdbc.queryForObject("select fixed_version from security_notice where title = 'Ny fejl'", String.class))
                .isEqualTo("v2.10.0");
    }

    private MockHttpServletRequestBuilder editPost(String title, String revision) {
        return post("/sikkerhed/" + id + "/ret").param("title", title).param("severity", "high").param("affected", "<2.4.3")
                .param("fixed", "2.4.3").param("description", "Beskrivelse").param("revision", revision);
    }

    private int status(MockHttpServletRequestBuilder request, Authentication who) throws Exception {
        return perform(request, who).getResponse().getStatus();
    }

    private MvcResult perform(MockHttpServletRequestBuilder request, Authentication who) throws Exception {
        request.with(csrf());
        if (who != null) {
            request.with(authentication(who));
        }
        return mvc.perform(request).andReturn();
    }
}
