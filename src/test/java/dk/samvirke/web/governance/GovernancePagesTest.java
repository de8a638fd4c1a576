package dk.samvirke.web.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.samvirke.importing.DataPackageImporter;
import dk.samvirke.importing.ImportOutcome;
import dk.samvirke.importing.ImportProgressListener;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.SignedIn;
import dk.samvirke.support.SignedInPages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The pages of governance: the product's "Styring og økonomi" section, {@code /foreningen}, a decision's own page,
 * an organisation's seats and what it pays (to its own administrators and admins only), the statistics page's
 * products per stage — in Danish and in English.
 */
@IntegrationTest
class GovernancePagesTest {

    /** The package of {@code GovernancePackageTest}, in this year (the pages show this year). */
    static Map<String, String> thisYear() {
        String year = String.valueOf(Year.now().getValue());
        var files = new java.util.LinkedHashMap<String, String>();
        dk.samvirke.governance.GovernancePackageFixture.PACKAGE.forEach((name, text) -> files.put(name,
                text.replace("2026", year).replace("2025", String.valueOf(Year.now().getValue() - 1))));
        return files;
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataPackageImporter importer;
    @TempDir
    Path temp;

    MockMvc mvc;

    @BeforeEach
    void setUp() throws Exception {
        RegistryCleaner.clean(jdbc);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        for (var f : thisYear().entrySet()) {
            Files.writeString(temp.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        assertThat(importer.importPackage(temp, ImportProgressListener.NONE)).isInstanceOf(ImportOutcome.Imported.class);
    }

    String page(String path, RequestPostProcessor... as) throws Exception {
        var request = get(path);
        for (var a : as) {
            request = request.with(a);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theProductPageShowsItsGovernanceAndWhatItsUsersPay() throws Exception {
        String page = page("/produkter/os2mo");
        assertThat(page).contains("Styring og økonomi", "Styregruppen for OS2mo", "Styrer <strong>OS2mo</strong>.",
                "Mette Hansen", "formand", "N2", "Modenhedsfaser for OS2mo", "/beslutninger/os2mo-n2",
                "Betaling for OS2mo i " + Year.now(), "40.000 kr.", "60.000 kr.", "Tilslutningsbidrag", "Kan ikke prissættes",
                "Kommune Uden Tal", "Budget og betaling pr. år", "42 %", "data-chart=\"budget\"");
        // newest decision first
        String decisions = page.substring(page.indexOf("class=\"samvirke-decisions\""));
        assertThat(decisions.indexOf("/beslutninger/os2mo-n2")).isLessThan(decisions.indexOf("/beslutninger/os2mo-sandkasse"));
        assertThat(page).doesNotContain("mette@aarhus.dk");

        String english = page("/products/os2mo?lang=en");
        assertThat(english).contains("Governance and economics", "Payments for OS2mo in", "DKK 40,000", "Joining fee",
                "chair", "Steering committee");
    }

    @Test
    void theChartsNumbersAreTheTablesNumbers() throws Exception {
        String json = mvc.perform(get("/produkter/os2mo/styring/data")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"year\":" + Year.now(), "\"budget\":250000", "\"paid\":105000");
        assertThat(mvc.perform(get("/produkter/nothing/styring/data")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void theAssociationPageAndADecisionsOwnPage() throws Exception {
        String association = page("/foreningen");
        assertThat(association).contains("Foreningen", "Bestyrelsen", "Ole Olsen", "Kontingent " + Year.now(), "/beslutninger/kontingent-" + Year.now(),
                "1.000,50 kr.", "2.000 kr.", "Aarhus Kommune", "Foreningens 4 medlemmer");
        assertThat(page("/association?lang=en")).contains("The association", "Membership fee", "DKK 1,000.50");

        String decision = page("/beslutninger/os2mo-n2");
        assertThat(decision).contains("<h1>OS2mo er modent</h1>", "Styregruppen for OS2mo", "Vi går til <strong>N2</strong>.",
                "1. marts 2024");
        assertThat(page("/decisions/os2mo-n2?lang=en")).contains("Made by", "March 2024");
        assertThat(mvc.perform(get("/beslutninger/nothing")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void anOrganisationsSeatsArePublicWhatItPaysIsForItsOwnAdministratorsAndAdmins() throws Exception {
        String anonymous = page("/organisationer/aarhus");
        assertThat(anonymous).contains("Pladser i organer", "Styregruppen for OS2mo", "Mette Hansen")
                .doesNotContain("Det betaler organisationen");
        var foreign = SecurityMockMvcRequestPostProcessors.authentication(
                SignedIn.as("o@odense.dk", "odense", SignedIn.organisationAdmin("odense")));
        assertThat(page("/organisationer/aarhus", foreign)).doesNotContain("Det betaler organisationen");
        assertThat(page("/organisationer/aarhus", SignedInPages.productManager("os2mo")))
                .doesNotContain("Det betaler organisationen");
        var own = SecurityMockMvcRequestPostProcessors.authentication(
                SignedIn.as("a@aarhus.dk", "aarhus", SignedIn.organisationAdmin("aarhus")));
        assertThat(page("/organisationer/aarhus", own)).contains("Det betaler organisationen i " + Year.now(),
                "33.333 kr.", "40.000 kr.", "1.000,50 kr.", "74.333,50 kr.");
        assertThat(page("/organisationer/aarhus", SignedInPages.admin())).contains("74.333,50 kr.");
    }

    @Test
    void theStatisticsPageShowsProductsPerStage() throws Exception {
        String page = page("/statistik");
        assertThat(page).contains("Produkter pr. modenhedsfase", "Sandkasse", "Udfases");
        assertThat(page("/statistics?lang=en")).contains("Products per maturity stage", "Retiring");
    }
}
