package dk.samvirke.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.selenium.AxeBuilder;
import dk.samvirke.accounts.AccountRequests.NewAccount;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
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

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "web-screenshots");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static ChromeDriver driver;
    private static Path profile;

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
        if (!(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))) {
            if (System.getenv("CI") != null) {
                fail("Chromium is required in CI: apt-get install -y chromium chromium-driver");
            }
            assumeTrue(false, "Skipped: no /usr/bin/chromium or /usr/bin/chromedriver");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("samvirke-chromium-");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=da");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
                options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
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

    private void checkPage(String name) throws IOException {
        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        var serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
        assertThat(serious).as(() -> name + ": axe-core violations\n" + results.getViolations().stream()
                .map(rule -> "  [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " "
                        + rule.getNodes().stream().map(n -> n.getTarget() + " " + n.getHtml()).collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n"))).isEmpty();
        var console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
        assertThat(console).as(name + ": browser console").isEmpty();
        shoot(name + "-desktop");
        driver.manage().window().setSize(new Dimension(375, 812));
        Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as(name + ": horizontal overflow at 375 px").isLessThanOrEqualTo(0L);
        shoot(name + "-phone");
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private void shoot(String name) throws IOException {
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve("accounts-" + name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private <T> void wait(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition::apply);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
