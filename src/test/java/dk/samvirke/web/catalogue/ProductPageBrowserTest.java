package dk.samvirke.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.catalogue.CatalogueManagement;
import dk.samvirke.catalogue.ProductPolicy;
import dk.samvirke.support.ChromiumSession;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.PubliccodeFixtures;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The enriched product page (publiccode.yml fields with their sources, contribution charts and
 * tables, releases) in headless Chromium: axe-core against WCAG 2.1 AA, the charts drawn, no console
 * problems (CSP included), and no sideways scrolling at 375 px. Public view only: there is no sign-in
 * page on main yet to reach the signed-in views through a browser (those are covered by MockMvc tests).
 */
@IntegrationTest
class ProductPageBrowserTest {

    @RegisterExtension
    static final ChromiumSession chromium = ChromiumSession.start();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    CatalogueManagement catalogue;

    @BeforeEach
    void enrichedProduct() {
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        var product = fixtures.product("os2test", "OS2test", aarhus);
        catalogue.importUploaded(new ProductPolicy.Actor(true, Set.of()), "os2test",
                PubliccodeFixtures.danish("OS2test", "https://github.com/OS2/os2test", "stable").getBytes(StandardCharsets.UTF_8));
        jdbc.update("insert into harvest_repository (product_id, url, created_at, last_state, last_message, last_harvested_at) "
                + "values (?, 'https://github.com/OS2/os2test', current_timestamp, 'succeeded', 'Harvested main', current_timestamp)",
                product.getId());
        long repository = jdbc.queryForObject("select id from harvest_repository", Long.class);
        long organisation = aarhus.getId();
        jdbc.update("insert into harvest_contribution (repository_id, email, name, organisation_id, commits, first_commit_at, "
                + "last_commit_at) values (?, 'a@aarhus.dk', 'Anne', ?, 40, timestamp '2021-02-01 10:00:00', "
                + "timestamp '2025-06-01 10:00:00')", repository, organisation);
        jdbc.update("insert into harvest_contribution (repository_id, email, name, organisation_id, commits, first_commit_at, "
                + "last_commit_at) values (?, 'e@example.com', 'Eve', null, 7, timestamp '2023-02-01 10:00:00', "
                + "timestamp '2024-06-01 10:00:00')", repository);
        jdbc.update("insert into harvest_release (repository_id, name, commit_id, released_at) values "
                + "(?, 'v2.4.1', 'abc', timestamp '2026-03-01 10:00:00')", repository);
    }

    @Test
    void theEnrichedProductPageIsAccessible() throws IOException {
        var driver = chromium.driver();
        driver.get("http://localhost:" + port + "/produkter/os2test");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> ((JavascriptExecutor) d).executeScript(
                "return document.querySelectorAll('[data-chart] canvas').length") instanceof Long n && n >= 2);
        assertThat(driver.findElement(By.cssSelector("#perorg-caption")).getText()).contains("OS2test");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("fra en indlæst publiccode.yml",
                "Ukendt organisation", "v2.4.1", "Stabil");
        chromium.checkPage("product-enriched");
    }
}
