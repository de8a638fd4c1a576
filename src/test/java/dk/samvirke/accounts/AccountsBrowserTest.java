package dk.samvirke.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.accounts.AccountRequests.NewAccount;
import dk.samvirke.support.Chromium;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signing in with the form in real headless Chromium, then "My account", the second step and the
 * token page, each checked with axe-core (WCAG 2.1 A and AA: no serious or critical findings), on a
 * phone-wide screen, and for console errors such as CSP violations.
 */
@IntegrationTest
class AccountsBrowserTest {

    private static Chromium chromium;
    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    AccountManagement accounts;

    @BeforeAll
    static void startChromium() throws IOException {
        chromium = Chromium.start();
        driver = chromium.driver();
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void setUp() {
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus-kommune", "Aarhus Kommune", "751", null);
        fixtures.product("os2forms", "OS2forms", aarhus);
        accounts.create(new NewAccount("anne@aarhus.dk", "Anne Hansen", "aarhus-kommune", TestAccounts.PASSWORD,
                List.of(TestAccounts.organisationAdmin("aarhus-kommune"), TestAccounts.productManager("os2forms"))));
        accounts.create(new NewAccount("sekretariat@os2.eu", "Sekretariatet", null, TestAccounts.PASSWORD,
                List.of(TestAccounts.admin())));
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void aPersonSignsInWithTheFormAndSeesTheirAccount() throws IOException {
        driver.get(url("/login"));
        checkPage("login");
        signIn("anne@aarhus.dk");
        wait(ExpectedConditions.urlToBe(url("/konto")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Min konto");
        assertThat(driver.findElement(By.cssSelector(".samvirke-account")).getText()).contains("Anne Hansen", "Log ud");

        driver.findElement(By.id("token-name")).sendKeys("Synkronisering");
        driver.findElement(By.cssSelector("#new-token button[type='submit']")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("token")));
        checkPage("token-created");
        driver.findElement(By.cssSelector("#content a.button")).click();
        wait(ExpectedConditions.urlToBe(url("/konto")));
        checkPage("account");

        driver.get(url("/konto/adgangskode"));
        checkPage("password");
        driver.get(url("/konto/slet"));
        checkPage("delete");

        driver.findElement(By.cssSelector(".samvirke-account button[type='submit']")).click();
        wait(ExpectedConditions.urlContains("/login?logout"));
        assertThat(driver.findElement(By.cssSelector(".alert")).getText()).contains("Du er logget ud");
        checkPage("signed-out");
    }

    @Test
    void anAdministratorEnrolsTheSecondFactor() throws IOException {
        driver.get(url("/login"));
        signIn("sekretariat@os2.eu");
        wait(ExpectedConditions.urlToBe(url("/konto/totp")));
        var qr = driver.findElement(By.cssSelector("img.samvirke-qr"));
        wait(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", qr));
        checkPage("totp-enrol");
        String secret = driver.findElement(By.id("totp-secret")).getText().replace(" ", "");
        driver.findElement(By.id("code")).sendKeys(SecondFactorTest.codeNow(secret));
        driver.findElement(By.cssSelector("#totp-enrol button[type='submit']")).click();
        // The recovery codes, shown this once, before the account page.
        wait(ExpectedConditions.urlToBe(url("/konto/totp/koder")));
        assertThat(driver.findElements(By.cssSelector(".samvirke-recovery-codes code"))).hasSize(10);
        checkPage("recovery-codes");
        driver.findElement(By.cssSelector("#content a.button-primary")).click();
        wait(ExpectedConditions.urlToBe(url("/konto")));

        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        signIn("sekretariat@os2.eu");
        wait(ExpectedConditions.urlToBe(url("/login/totp")));
        checkPage("totp");
        driver.get(url("/konto/glemt"));
        checkPage("forgot");
    }

    private void signIn(String email) {
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        driver.findElement(By.cssSelector("#sign-in button[type='submit']")).click();
    }

    /** The shared checks; the screenshots keep their "accounts-" prefix. */
    private void checkPage(String name) throws IOException {
        chromium.checkPage("accounts-" + name);
    }

    private <T> void wait(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition::apply);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
