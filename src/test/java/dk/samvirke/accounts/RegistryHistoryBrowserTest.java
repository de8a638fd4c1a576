package dk.samvirke.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.accounts.AccountRequests.NewAccount;
import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.people.ParticipationRole;
import dk.samvirke.support.ChromiumSession;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import dk.samvirke.usage.UsageStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
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
 * The registry's pages over time in headless Chromium, each state checked with axe-core: the secretariat
 * edits membership periods and merges two organisations; an organisation's administrator keeps their
 * people's participations. Here, beside the second-factor tests, because administrators sign in with a
 * TOTP code and this package is where the code is computed.
 */
@IntegrationTest
class RegistryHistoryBrowserTest {

    private static final String MERGE_FORM = "form[action='/admin/organisationer/region-hovedstaden/sammenlaeg']";
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
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        var hovedstaden = fixtures.organisation("region-hovedstaden", "Region Hovedstaden", OrganisationType.REGION);
        var oest = fixtures.organisation("region-oestdanmark", "Region Østdanmark", OrganisationType.REGION);
        var os2mo = fixtures.product("os2mo", "OS2mo", aarhus);
        fixtures.usage(hovedstaden, os2mo, UsageStatus.PRODUCTION, "3.2");
        fixtures.participation(fixtures.person("mette@aarhus.dk", "Mette Hansen", aarhus), os2mo,
                ParticipationRole.DEVELOPER, "0.5");
        jdbc.update("update organisation set founded_on = ? where id = ?", LocalDate.of(2027, 1, 1), oest.getId());
        var periods = new Http(port).put("/api/v1/organisations/aarhus/memberships", "application/json",
                "[{\"since\": \"2013-01-01\", \"until\": \"2018-01-01\"}, {\"since\": \"2018-03-01\"}]"
                        .getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer test-admin-token");
        assertThat(periods.status()).isEqualTo(200);
        accounts.create(new NewAccount("anne@aarhus.dk", "Anne Andersen", "aarhus", TestAccounts.PASSWORD,
                List.of(TestAccounts.organisationAdmin("aarhus"))));
        accounts.create(new NewAccount("sekretariat@os2.eu", "Sekretariatet", null, TestAccounts.PASSWORD,
                List.of(TestAccounts.admin())));
        chromium.driver().manage().deleteAllCookies();
    }

    @Test
    void theSecretariatEditsPeriodsAndMergesTwoRegions() throws Exception {
        var driver = chromium.driver();
        signIn("sekretariat@os2.eu");
        wait(ExpectedConditions.urlToBe(url("/konto/totp")));
        String secret = driver.findElement(By.id("totp-secret")).getText().replace(" ", "");
        driver.findElement(By.id("code")).sendKeys(SecondFactorTest.codeNow(secret));
        driver.findElement(By.cssSelector("#totp-enrol button[type='submit']")).click();
        wait(ExpectedConditions.urlToBe(url("/konto/totp/koder"))); // the recovery codes, shown once
        driver.findElement(By.cssSelector("#content a.button-primary")).click();
        wait(ExpectedConditions.urlToBe(url("/konto")));

        driver.get(url("/organisationer/aarhus"));
        assertThat(driver.findElement(By.id("details-heading")).findElement(By.xpath("..")).getText())
                .contains("Medlem 2013–2017 og igen fra 2018");
        chromium.checkPage("registry-organisation-as-secretariat");
        date("membership-1-since", "2017-01-01");
        driver.findElement(By.cssSelector("form[action='/organisationer/aarhus/medlemskab'] button[type='submit']")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("membership-1-since-error")));
        assertThat(driver.findElement(By.id("membership-1-since-error")).getText()).contains("overlapper periode 1");
        chromium.checkPage("registry-memberships-errors");

        driver.get(url("/admin/organisationer/region-hovedstaden/sammenlaeg"));
        chromium.checkPage("registry-merge-form");
        driver.findElement(By.cssSelector("#merge-into option[value='region-oestdanmark']")).click();
        date("merge-on", "2027-01-01");
        driver.findElement(By.cssSelector(MERGE_FORM + "[method='get'] button[type='submit']")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("preview-heading")));
        assertThat(driver.findElement(By.cssSelector(".samvirke-merge-effects")).getText()).contains("OS2mo");
        chromium.checkPage("registry-merge-preview");
        driver.findElement(By.cssSelector(MERGE_FORM + "[method='post'] button[type='submit']")).click();
        wait(ExpectedConditions.urlToBe(url("/organisationer/region-hovedstaden")));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Sammenlægningen er gennemført",
                "Region Hovedstaden nedlægges 1. januar 2027 og indgår i Region Østdanmark.");
        chromium.checkPage("registry-merged");
    }

    @Test
    void anOrganisationsAdministratorKeepsTheParticipations() throws Exception {
        var driver = chromium.driver();
        signIn("anne@aarhus.dk");
        wait(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        driver.get(url("/organisationer/aarhus"));
        assertThat(driver.findElement(By.id("participations-caption")).getText()).contains("Aarhus Kommune");
        chromium.checkPage("registry-participations");

        driver.findElement(By.cssSelector("#participation-person option[value='mette@aarhus.dk']")).click();
        driver.findElement(By.cssSelector("#participation-product option[value='os2mo']")).click();
        driver.findElement(By.cssSelector("#participation-role option[value='developer']")).click();
        date("participation-since", "2015-01-01");
        driver.findElement(By.cssSelector("form[action='/organisationer/aarhus/deltagelser'] button[type='submit']")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("participation-since-error")));
        chromium.checkPage("registry-participation-overlap");

        long id = jdbc.queryForObject("select id from participation", Long.class);
        driver.get(url("/organisationer/aarhus/deltagelser/" + id));
        chromium.checkPage("registry-participation-edit");
    }

    /** A date field's value as a person picks it; typed keys go through the browser's own locale's date format. */
    private void date(String id, String value) {
        chromium.driver().executeScript("arguments[0].value = arguments[1]", chromium.driver().findElement(By.id(id)), value);
    }

    private void signIn(String email) {
        var driver = chromium.driver();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        driver.findElement(By.cssSelector("#sign-in button[type='submit']")).click();
    }

    private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).until(condition);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
