package dk.samvirke.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.samvirke.accounts.AccountManagement;
import dk.samvirke.accounts.AccountRequests.NewAccount;
import dk.samvirke.support.ChromiumSession;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import dk.samvirke.usage.UsageStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The notices' pages in headless Chromium, axe-core (WCAG 2.1 AA) and 375 px each: a product manager publishes
 * through the form (errors first), sees whom it concerns; the public sees the list and the notice with counts
 * only, in Danish and English; an organisation's admin sees the notice on the organisation page and marks it
 * resolved on the status page.
 */
@IntegrationTest
class SecurityNoticeBrowserTest {

    @RegisterExtension
    static final ChromiumSession chromium = ChromiumSession.allowingErrorStatusPages();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    AccountManagement accounts;

    @BeforeEach
    void setUp() {
        assumeTrue(new Http(port).get("/login").status() == 200, "Skipped: no sign-in page");
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        var odense = fixtures.municipality("odense", "Odense Kommune", "461", null);
        var forms = fixtures.product("os2forms", "OS2forms", null);
        fixtures.usage(aarhus, forms, UsageStatus.PRODUCTION, "2.4.2");
        fixtures.usage(odense, forms, UsageStatus.PRODUCTION, "3.0");
        accounts.create(new NewAccount("pm@os2.eu", "Pia Madsen", null, TestAccounts.PASSWORD,
                List.of(TestAccounts.productManager("os2forms"))));
        accounts.create(new NewAccount("anne@aarhus.dk", "Anne Andersen", "aarhus", TestAccounts.PASSWORD,
                List.of(TestAccounts.organisationAdmin("aarhus"))));
        chromium.driver().manage().deleteAllCookies();
    }

    @Test
    void publishTrackAndReadNotices() throws Exception {
        var driver = chromium.driver();
        signIn("pm@os2.eu");
        driver.get(url("/sikkerhed/ny?produkt=os2forms"));
        chromium.checkPage("security-form");
        driver.findElement(By.id("notice-title")).sendKeys("Formularer kan læses af andre");
        driver.findElement(By.id("notice-affected")).sendKeys(">=2.0 <latest");
        driver.findElement(By.cssSelector("#notice-form button[type='submit']")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("notice-affected-error")));
        assertThat(driver.findElement(By.id("notice-affected-error")).getText()).contains("Skriv et interval af versioner");
        chromium.checkPage("security-form-errors");

        driver.findElement(By.id("notice-affected")).clear();
        driver.findElement(By.id("notice-affected")).sendKeys(">=2.0.0 <2.4.3");
        driver.findElement(By.id("notice-fixed")).sendKeys("2.4.3");
        driver.findElement(By.id("notice-aliases")).sendKeys("CVE-2026-12345");
        driver.findElement(By.id("notice-description")).sendKeys("En fejl i **adgangskontrollen**.");
        driver.findElement(By.cssSelector("#notice-form button[type='submit']")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("organisations-heading")));
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).contains("1 organisation får besked");
        assertThat(driver.findElement(By.id("organisations-caption")).findElement(By.xpath("..")).getText())
                .contains("Aarhus Kommune", "Berørt", "2.4.2", "Odense Kommune", "Ikke berørt");
        chromium.checkPage("security-notice-manager");
        String notice = driver.getCurrentUrl();

        driver.manage().deleteAllCookies();
        driver.get(url("/sikkerhed"));
        assertThat(driver.findElement(By.id("notices-caption")).findElement(By.xpath("..")).getText())
                .contains("Formularer kan læses af andre", "OS2forms", "Høj", "1 organisation");
        chromium.checkPage("security-list");
        driver.get(notice);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("1 organisation kører en berørt version")
                .doesNotContain("Aarhus").doesNotContain("2.4.2");
        assertThat(driver.findElements(By.id("organisations-heading"))).isEmpty();
        chromium.checkPage("security-notice-public");
        driver.get(notice + "?lang=en");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("1 organisation runs an affected version");
        chromium.checkPage("security-notice-public-en");

        signIn("anne@aarhus.dk");
        driver.get(url("/organisationer/aarhus"));
        assertThat(driver.findElement(By.id("open-notices-heading")).getText()).isEqualTo("Sikkerhedsmeddelelser, der berører jer");
        chromium.checkPage("security-organisation-open");
        driver.findElement(By.cssSelector("#open-notices-heading + ul a")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("status-resolved")));
        chromium.checkPage("security-status");
        driver.findElement(By.cssSelector("label[for='status-resolved']")).click();
        driver.findElement(By.id("status-note")).sendKeys("Opdateret til 2.4.3");
        driver.findElement(By.cssSelector("#status-form button[type='submit']")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role='status']")));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Løst", "Opdateret til 2.4.3");
        driver.get(url("/organisationer/aarhus"));
        assertThat(driver.findElements(By.id("open-notices-heading"))).isEmpty();
    }

    private void signIn(String email) {
        var driver = chromium.driver();
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        driver.findElement(By.cssSelector("#sign-in button[type='submit']")).click();
        wait(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private <T> void wait(ExpectedCondition<T> condition) {
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).until(condition);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
