package dk.samvirke.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.SignedInPages;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The product page as the place to start: its description rendered, who uses it and whom to ask. */
@IntegrationTest
class ProductStartPageTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;

    private MockMvc mvc;

    @BeforeEach
    void registry() {
        RegistryCleaner.clean(jdbc);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        fixtures.product("os2test", "OS2test", fixtures.municipality("aarhus", "Aarhus Kommune", "751", null));
    }

    @Test
    void signedInReadersSeeWhomToAskAndTheVersionsAdministratorsTheWayToRegister() throws Exception {
        var aarhus = jdbc.queryForObject("select org_key from organisation where org_key = 'aarhus'", String.class);
        fixtures.municipality("odense", "Odense Kommune", "461", null);
        jdbc.update("insert into product_usage (organisation_id, product_id, status, product_version, since, contact_email, version,"
                + " created_at, updated_at) select o.id, p.id, 'production', '2.1', date '2019-03-01', 'it@aarhus.dk', 0,"
                + " current_timestamp, current_timestamp from organisation o, product p"
                + " where o.org_key = ? and p.product_key = 'os2test'", aarhus);

        String anonymous = mvc.perform(get("/produkter/os2test")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(anonymous).contains("Udbredelse over tid", "data-chart=\"adoption\"", "31. december 2019")
                .doesNotContain("it@aarhus.dk", "Versioner i brug", "Registrér jeres brug");

        String member = mvc.perform(get("/produkter/os2test").with(SignedInPages.member())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(member).contains("Hvem kan I spørge", "mailto:it@aarhus.dk", "Versioner i brug")
                .doesNotContain("Registrér jeres brug");

        var odenseAdmin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication(
                dk.samvirke.support.SignedIn.as("ole@odense.dk", "odense", dk.samvirke.support.SignedIn.organisationAdmin("odense")));
        String admin = mvc.perform(get("/produkter/os2test").with(odenseAdmin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(admin).contains("Registrér jeres brug (Odense Kommune)", "href=\"/organisationer/odense#usage-form-heading\"");
        var aarhusAdmin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication(
                dk.samvirke.support.SignedIn.as("anne@aarhus.dk", "aarhus", dk.samvirke.support.SignedIn.organisationAdmin("aarhus")));
        assertThat(mvc.perform(get("/produkter/os2test").with(aarhusAdmin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).as("Aarhus uses it already").doesNotContain("Registrér jeres brug");

        String data = mvc.perform(get("/produkter/os2test/brug/data")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(data).contains("\"label\":\"2019\"", "\"organisations\":1");
    }

    @Test
    void anEnglishPageShowsTheEnglishSummary() throws Exception {
        long version = jdbc.queryForObject("select version from product where product_key = 'os2test'", Long.class);
        mvc.perform(post("/produkter/os2test/rediger").with(SignedInPages.productManager("os2test")).with(csrf())
                .param("version", String.valueOf(version)).param("summary", "Fælles sagsbehandling")
                .param("enShort", "Shared case handling")).andReturn();
        String english = mvc.perform(get("/products/os2test?lang=en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english.substring(english.indexOf("font-lead"))).startsWith("font-lead\">Shared case handling");
        String danish = mvc.perform(get("/produkter/os2test?lang=da")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(danish.substring(danish.indexOf("font-lead"))).startsWith("font-lead\">Fælles sagsbehandling");

        // The catalogue's cards follow the same rule.
        String englishCards = mvc.perform(get("/products?lang=en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(englishCards).contains("<p>Shared case handling</p>").doesNotContain("Fælles sagsbehandling");
        String danishCards = mvc.perform(get("/produkter?lang=da")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(danishCards).contains("<p>Fælles sagsbehandling</p>").doesNotContain("Shared case handling");
    }

    @Test
    void theDescriptionIsMarkdownRenderedSafely() throws Exception {
        long version = jdbc.queryForObject("select version from product where product_key = 'os2test'", Long.class);
        var saved = mvc.perform(post("/produkter/os2test/rediger").with(SignedInPages.productManager("os2test")).with(csrf())
                .param("version", String.valueOf(version)).param("summary", "Kort")
                .param("daLong", "Log ind med **MitID**.\r\n\r\n* første\r\n* [OS2](https://os2.eu)\r\n\r\n<script>alert(1)</script>"))
                .andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        String page = mvc.perform(get("/produkter/os2test")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Log ind med <strong>MitID</strong>.", "<li>første</li>", "href=\"https://os2.eu\"")
                .doesNotContain("**MitID**").doesNotContain("<script>alert(1)</script>");
    }
}
