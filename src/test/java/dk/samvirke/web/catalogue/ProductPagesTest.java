package dk.samvirke.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.samvirke.catalogue.Products;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.PubliccodeFixtures;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.SignedInPages;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** The product page's forms for its managers, and the admin harvest page, through the security filters. */
@IntegrationTest
class ProductPagesTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    Products products;
    @Autowired
    TransactionTemplate transaction;

    private MockMvc mvc;

    @BeforeEach
    void registry() {
        RegistryCleaner.clean(jdbc);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        fixtures.product("os2test", "OS2test", fixtures.municipality("aarhus", "Aarhus Kommune", "751", null));
        fixtures.product("os2other", "OS2other", null);
    }

    @Test
    void visitorsSeeThePageWithoutForms() throws Exception {
        String page = html(mvc.perform(get("/produkter/os2test")).andReturn(), 200);
        assertThat(page).contains("/api/v1/products/os2test/publiccode.yml").doesNotContain("/produkter/os2test/rediger")
                .doesNotContain("name=\"file\"").doesNotContain("Høst igen");
        assertThat(mvc.perform(get("/produkter/os2test/rediger")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(mvc.perform(post("/produkter/os2test/rediger").with(csrf()).param("summary", "x")).andReturn()
                .getResponse().getStatus()).isEqualTo(302);
        assertThat(summary()).isEqualTo("OS2test – fælles kommunal løsning");
    }

    @Test
    void theManagerEditsThePageAndTheSourceSaysSo() throws Exception {
        String page = html(mvc.perform(get("/produkter/os2test").with(SignedInPages.productManager("os2test"))).andReturn(), 200);
        assertThat(page).contains("/produkter/os2test/rediger", "name=\"file\"", "Kodedepoter");

        String form = html(mvc.perform(get("/produkter/os2test/rediger").with(SignedInPages.productManager("os2test")))
                .andReturn(), 200);
        assertThat(form).contains("name=\"version\"").doesNotContain("id=\"name\"").doesNotContain("id=\"adoptedOn\"");
        long version = version();

        var saved = mvc.perform(post("/produkter/os2test/rediger").with(SignedInPages.productManager("os2test")).with(csrf())
                .param("version", String.valueOf(version)).param("summary", "Vores egen tekst")
                .param("website", "https://os2.eu/produkt/os2test").param("repository", "https://github.com/OS2/os2test")
                .param("licence", "MPL-2.0").param("daShort", "Kort\r\n").param("daLong", "Linje 1\r\nLinje 2")
                .param("daFeatures", "A\r\nB\r\n")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/produkter/os2test");
        assertThat(summary()).isEqualTo("Vores egen tekst");
        String after = html(mvc.perform(get("/produkter/os2test")).andReturn(), 200);
        assertThat(after).contains("Vores egen tekst", "redigeret af en person", "Linje 1\nLinje 2");
        assertThat(jdbc.queryForList("select field from product_field_source where source = 'manual'", String.class))
                .containsExactlyInAnyOrder("summary", "description.da");

        // the same form again, on the version it was opened with: a clear conflict, nothing overwritten
        String conflict = html(mvc.perform(post("/produkter/os2test/rediger").with(SignedInPages.productManager("os2test"))
                .with(csrf()).param("version", String.valueOf(version)).param("summary", "Gammel tekst")).andReturn(), 200);
        assertThat(conflict).contains("Siden er ændret, mens du redigerede").contains("Gammel tekst");
        assertThat(summary()).isEqualTo("Vores egen tekst");
    }

    @Test
    void othersMayNotEdit() throws Exception {
        assertThat(mvc.perform(get("/produkter/os2test/rediger").with(SignedInPages.productManager("os2other"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        var post = mvc.perform(post("/produkter/os2test/rediger").with(SignedInPages.member()).with(csrf())
                .param("summary", "x")).andReturn();
        assertThat(post.getResponse().getStatus()).isEqualTo(403);
        assertThat(post.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Ingen adgang");
        assertThat(mvc.perform(post("/produkter/os2test/rediger").with(SignedInPages.productManager("os2test"))
                .param("summary", "no csrf")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(summary()).isEqualTo("OS2test – fælles kommunal løsning");
    }

    @Test
    void theAdminRenamesAndChangesLifecycle() throws Exception {
        var saved = mvc.perform(post("/produkter/os2test/rediger").with(SignedInPages.admin()).with(csrf())
                .param("version", String.valueOf(version())).param("name", "OS2test Plus").param("summary", "s")
                .param("adoptedOn", "2016-01-01").param("retiredOn", "")).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select name from product where product_key = 'os2test'", String.class))
                .isEqualTo("OS2test Plus");
    }

    @Test
    void anUploadFillsTheProductAndAnInvalidOneChangesNothing() throws Exception {
        var invalid = new MockMultipartFile("file", "publiccode.yml", "application/yaml",
                "name: x\n".getBytes(StandardCharsets.UTF_8));
        var refused = mvc.perform(multipart("/produkter/os2test/publiccode").file(invalid)
                .with(SignedInPages.productManager("os2test")).with(csrf())).andReturn();
        assertThat(refused.getFlashMap().get("uploadProblem")).isEqualTo("product.publiccode.invalid");
        assertThat(summary()).isEqualTo("OS2test – fælles kommunal løsning");

        var file = new MockMultipartFile("file", "publiccode.yml", "application/yaml",
                PubliccodeFixtures.danish("OS2test", "https://github.com/OS2/os2test", "beta").getBytes(StandardCharsets.UTF_8));
        var done = mvc.perform(multipart("/produkter/os2test/publiccode").file(file)
                .with(SignedInPages.productManager("os2test")).with(csrf())).andReturn();
        assertThat(done.getResponse().getRedirectedUrl()).startsWith("/produkter/os2test");
        assertThat(summary()).isEqualTo("Fælles sagsbehandling for kommunerne");
        String page = html(mvc.perform(get("/produkter/os2test")).andReturn(), 200);
        assertThat(page).contains("Beta", "document-management, workflow-management", "2.4.1", "af fællesskabet",
                "Anne Hansen", "fra en indlæst publiccode.yml").doesNotContain("anne.hansen@aarhus.dk");
        assertThat(html(mvc.perform(get("/produkter/os2test?lang=en")).andReturn(), 200))
                .contains("from an uploaded publiccode.yml");
    }

    @Test
    void aRefusedRepositoryUrlIsExplained() throws Exception {
        var refused = mvc.perform(post("/produkter/os2test/kodedepoter").with(SignedInPages.productManager("os2test"))
                .with(csrf()).param("url", "https://127.0.0.1/repo.git")).andReturn();
        assertThat((String) refused.getFlashMap().get("repositoryRefused")).isNotBlank();
        assertThat(mvc.perform(post("/produkter/os2test/kodedepoter").with(SignedInPages.productManager("os2other"))
                .with(csrf()).param("url", "https://github.com/OS2/x")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from harvest_repository", Integer.class)).isZero();
    }

    @Test
    void theAdminHarvestPageListsJobsAndUpdatesItsTable() throws Exception {
        long product = jdbc.queryForObject("select id from product where product_key = 'os2test'", Long.class);
        jdbc.update("insert into harvest_repository (product_id, url, created_at) values (?, 'https://github.com/OS2/os2test', "
                + "current_timestamp)", product);
        long repository = jdbc.queryForObject("select id from harvest_repository", Long.class);
        jdbc.update("insert into harvest_job (repository_id, state, progress, message, created_at) "
                + "values (?, 'running', 0.4, 'Fetching', current_timestamp)", repository);

        String page = html(mvc.perform(get("/admin/hoest").with(SignedInPages.admin())).andReturn(), 200);
        assertThat(page).contains("Høst af kodedepoter", "hx-get=\"/admin/hoest/_partial\"", "hx-trigger=\"every 2s\"",
                "href=\"/admin/hoest\"", "OS2test", "I gang", "40 %", "Henter").doesNotContain("Fetching");
        String partial = html(mvc.perform(get("/admin/hoest/_partial").with(SignedInPages.admin())).andReturn(), 200);
        assertThat(partial).startsWith("<div").contains("id=\"harvest-jobs\"", "I gang").doesNotContain("<html");

        assertThat(mvc.perform(get("/admin/hoest").with(SignedInPages.productManager("os2test"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/admin/hoest")).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    private String summary() {
        return jdbc.queryForObject("select summary from product where product_key = 'os2test'", String.class);
    }

    private long version() {
        return jdbc.queryForObject("select version from product where product_key = 'os2test'", Long.class);
    }

    private static String html(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
