package dk.samvirke.web.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.samvirke.accounts.AccountManagement;
import dk.samvirke.accounts.AccountRequests.NewAccount;
import dk.samvirke.people.ParticipationRole;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An organisation's administrator signs in through the real sign-in form and uses the self-service
 * pages in headless Chromium; each page state is checked with axe-core. Administrators sign in with a
 * second factor, so their pages are checked over MockMvc only (AdminAndHistoryTest) for now.
 */
@IntegrationTest
class FormsBrowserTest {

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
        assumeTrue(new Http(port).get("/login").status() == 200,
                "Skipped: no sign-in page (/login) in this build yet; the test runs once it is there");
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        var os2mo = fixtures.product("os2mo", "OS2mo", aarhus);
        fixtures.product("os2forms", "OS2forms", aarhus);
        fixtures.usage(aarhus, os2mo, UsageStatus.PILOT, "3.3");
        fixtures.participation(fixtures.person("mette@aarhus.dk", "Mette Hansen", aarhus), os2mo,
                ParticipationRole.DEVELOPER, "0.5");
        accounts.create(new NewAccount("anne@aarhus.dk", "Anne Andersen", "aarhus", TestAccounts.PASSWORD,
                List.of(TestAccounts.organisationAdmin("aarhus"))));
        chromium.driver().manage().deleteAllCookies();
    }

    @Test
    void anOrganisationAdminRecordsAndCorrectsTheUseOfAProduct() throws Exception {
        var driver = chromium.driver();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("anne@aarhus.dk");
        driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        driver.findElement(By.cssSelector("#sign-in button[type='submit']")).click();
        wait(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        driver.get(url("/organisationer/aarhus"));
        assertThat(driver.findElement(By.id("usage-form-heading")).getText()).isEqualTo("Registrér jeres brug");
        chromium.checkPage("organisation-selfservice");

        // Field errors, next to their fields.
        driver.findElement(By.cssSelector("#usage-product option[value='os2forms']")).click();
        driver.findElement(By.id("usage-contactEmail")).sendKeys("nobody");
        driver.findElement(By.cssSelector("form[action='/organisationer/aarhus/anvendelser'] button[type='submit']")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("usage-contactEmail-error")));
        chromium.checkPage("organisation-usage-errors");

        driver.findElement(By.id("usage-contactEmail")).clear();
        driver.findElement(By.id("usage-version")).sendKeys("2.0");
        var save = driver.findElement(By.cssSelector("form[action='/organisationer/aarhus/anvendelser'] button[type='submit']"));
        save.click();
        // the page that had the form is gone before the next one is read (else a slow answer reads the old page)
        wait(ExpectedConditions.stalenessOf(save));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("products-heading"), "Produkter"));
        assertThat(driver.findElement(By.cssSelector("#products-caption")).findElement(By.xpath("..")).getText())
                .contains("OS2forms", "2.0");

        // With htmx the edit form opens under the table; it is the same form as the page of its own.
        driver.findElement(By.cssSelector("a[href='/organisationer/aarhus/anvendelser/os2mo']")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#usage-editor #usage-edit form")));
        chromium.checkPage("organisation-usage-inline-edit");
        driver.get(url("/organisationer/aarhus/anvendelser/os2mo"));
        chromium.checkPage("usage-edit-page");

        // Someone else saves meanwhile (straight in the database, as a second browser would): both values are shown.
        jdbc.update("update product_usage set product_version = '3.9', version = version + 1"
                + " where product_id = (select id from product where product_key = 'os2mo')");
        driver.findElement(By.id("usage-version")).clear();
        driver.findElement(By.id("usage-version")).sendKeys("3.4");
        driver.findElement(By.cssSelector("#usage-edit button[type='submit']")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-warning"), "En anden har ændret"));
        assertThat(driver.findElement(By.cssSelector(".alert-warning")).getText()).contains("3.9", "3.4");
        chromium.checkPage("usage-conflict");

        driver.get(url("/organisationer/aarhus/personer/mette@aarhus.dk"));
        chromium.checkPage("person-edit");
        long usageId = jdbc.queryForObject("select id from product_usage where product_id ="
                + " (select id from product where product_key = 'os2forms')", Long.class);
        driver.get(url("/historik/usage/" + usageId));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Anne Andersen", "2.0");
        chromium.checkPage("usage-history");
    }

    private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).until(condition);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
