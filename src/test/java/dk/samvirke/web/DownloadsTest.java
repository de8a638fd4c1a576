package dk.samvirke.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.usage.UsageStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The statistics and catalogue pages offer CSV downloads, formula-safe, and the open data. */
@IntegrationTest
class DownloadsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;

    Http http;

    @BeforeEach
    void setUp() {
        RegistryCleaner.clean(jdbc);
        http = new Http(port);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", LocalDate.of(2015, 1, 1));
        var odense = fixtures.municipality("odense", "=HYPERLINK(\"x\")", "461", null);
        var forms = fixtures.product("os2forms", "OS2forms", aarhus);
        fixtures.usage(aarhus, forms, UsageStatus.PRODUCTION, "5.2");
        fixtures.usage(odense, forms, UsageStatus.PILOT, null);
    }

    @Test
    void theListsAndFiguresComeAsCsv() {
        var products = http.get("/produkter.csv");
        assertThat(products.status()).isEqualTo(200);
        assertThat(products.header("Content-Type")).startsWith("text/csv");
        assertThat(products.header("Content-Disposition")).contains("attachment", "samvirke-produkter-");
        assertThat(products.body()).startsWith("key,name,summary,owner,licence,repository,adopted_on,retired_on,managed,organisations_using\r\n")
                .contains("os2forms,OS2forms,").contains(",2\r\n");

        var organisations = http.get("/organisationer.csv").body();
        assertThat(organisations).contains("aarhus,Aarhus Kommune,municipality,751,,true,2015-01-01,1")
                .contains("odense,\"'=HYPERLINK(\"\"x\"\")\",municipality,461,,false,,1");

        var figures = http.get("/statistik/tal.csv").body();
        assertThat(figures).startsWith("date,municipalities,member_municipalities,member_municipality_share,members,")
                .contains(LocalDate.now(dk.samvirke.shared.TimeConfiguration.COPENHAGEN).toString() + ",2,1,50,1,1,1,2,");
    }

    @Test
    void theCatalogueAndStatisticsPagesLinkThemAndTheOpenData() {
        for (String page : new String[] {"/produkter", "/statistik", "/statistics?lang=en"}) {
            assertThat(http.get(page).body()).as(page).contains("href=\"/produkter.csv\"", "href=\"/organisationer.csv\"",
                    "href=\"/statistik/tal.csv\"", "href=\"/api/v1/open-data.zip\"");
        }
    }
}
