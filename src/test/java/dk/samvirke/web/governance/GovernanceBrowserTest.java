package dk.samvirke.web.governance;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.importing.DataPackageImporter;
import dk.samvirke.importing.ImportOutcome;
import dk.samvirke.importing.ImportProgressListener;
import dk.samvirke.support.ChromiumSession;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Governance's pages in headless Chromium: axe-core against WCAG 2.1 AA, no console problems (CSP included), no
 * sideways scrolling at 375 px, and the chart of the budget against what the users pay drawn.
 */
@IntegrationTest
class GovernanceBrowserTest {

    @RegisterExtension
    static final ChromiumSession chromium = ChromiumSession.start();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataPackageImporter importer;
    @TempDir
    Path temp;

    @BeforeEach
    void governance() throws IOException {
        RegistryCleaner.clean(jdbc);
        for (var f : GovernancePagesTest.thisYear().entrySet()) {
            Files.writeString(temp.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        assertThat(importer.importPackage(temp, ImportProgressListener.NONE)).isInstanceOf(ImportOutcome.Imported.class);
    }

    @Test
    void theGovernancePagesAreAccessible() throws IOException {
        var driver = chromium.driver();
        driver.get("http://localhost:" + port + "/produkter/os2mo");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> ((JavascriptExecutor) d).executeScript(
                "return document.querySelectorAll('[data-chart=budget] canvas').length") instanceof Long n && n >= 1);
        assertThat(driver.findElement(By.id("governance-heading")).getText()).isEqualTo("Styring og økonomi");
        chromium.checkPage("governance-product");

        driver.get("http://localhost:" + port + "/products/os2mo?lang=en");
        assertThat(driver.findElement(By.id("governance-heading")).getText()).isEqualTo("Governance and economics");
        chromium.checkPage("governance-product-en");

        driver.get("http://localhost:" + port + "/foreningen?lang=da");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Foreningen");
        chromium.checkPage("governance-association");

        driver.get("http://localhost:" + port + "/beslutninger/os2mo-n2");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("OS2mo er modent");
        chromium.checkPage("governance-decision");

        driver.get("http://localhost:" + port + "/organisationer/aarhus");
        assertThat(driver.findElement(By.id("org-governance-heading")).getText()).isEqualTo("Styring og økonomi");
        chromium.checkPage("governance-organisation");

        driver.get("http://localhost:" + port + "/statistik");
        assertThat(driver.findElement(By.id("stages-heading")).getText()).isEqualTo("Produkter pr. modenhedsfase");
        chromium.checkPage("governance-statistics");
    }
}
