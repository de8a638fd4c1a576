package dk.samvirke.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dk.samvirke.support.IntegrationTest;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A visitor's walk through the site in real headless Chromium: home, a catalogue search, a product.
 * Every page is checked with axe-core against WCAG 2.1 A and AA, and on a 375 px wide phone screen.
 * Screenshots land in {@code target/web-screenshots/} for a person to look at.
 */
@IntegrationTest
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "web-screenshots");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static ChromeDriver driver;
    private static Path profile;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void startChromium() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            if (System.getenv("CI") != null) {
                fail("Chromium is required in CI: apt-get install -y chromium chromium-driver");
            }
            assumeTrue(false, "Skipped: no /usr/bin/chromium or /usr/bin/chromedriver "
                    + "(apt-get install -y chromium chromium-driver); this test fails instead when CI is set");
        }
        // Explicit paths, so Selenium Manager never tries to download a browser or a driver.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("samvirke-chromium-");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=da");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
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
    void loadData() {
        WebTestData.load(context);
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.manage().deleteAllCookies();
    }

    @Test
    void aVisitorFindsAProductAndSeesWhoUsesIt() throws IOException {
        driver.get(url("/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("3 medlemmer — 75 % af de 4 kommuner");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("da");
        checkPage("home");

        driver.findElement(By.cssSelector(".navigation-menu a[href='/produkter']")).click();
        wait(ExpectedConditions.urlContains("/produkter"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Katalog");
        checkPage("catalogue");

        var search = driver.findElement(By.id("q"));
        search.sendKeys("selvbetjening");
        driver.findElement(By.cssSelector("#catalogue-search button[type='submit']")).click();
        wait(ExpectedConditions.textToBe(By.id("results-heading"), "1 produkt"));
        wait(ExpectedConditions.urlContains("q=selvbetjening"));
        var results = driver.findElements(By.cssSelector("#results .card-heading a"));
        assertThat(results).extracting(e -> e.getText()).containsExactly("OS2forms");
        checkPage("catalogue-search");

        results.get(0).click();
        wait(ExpectedConditions.urlContains("/produkter/os2forms"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("OS2forms");
        String users = driver.findElement(By.cssSelector("#users-heading + .table--responsive-scroll table")).getText();
        assertThat(users).contains("Aarhus Kommune", "I drift", "5.2", "Københavns Kommune", "Pilot");
        String people = driver.findElement(By.cssSelector("#people-heading + .table--responsive-scroll table")).getText();
        assertThat(people).contains("Mette Hansen", "Produktansvarlig");
        checkPage("product");
    }

    @Test
    void theOtherPagesAreAccessibleToo() throws IOException {
        driver.get(url("/statistik"));
        wait(d -> ((JavascriptExecutor) d).executeScript(
                "return document.querySelectorAll('[data-chart] canvas').length") instanceof Long n && n >= 3);
        checkPage("statistics");

        driver.get(url("/organisationer"));
        checkPage("organisations");
        driver.get(url("/organisationer/aarhus"));
        checkPage("organisation");
        driver.get(url("/produkter/findes-ikke"));
        checkPage("not-found");
        driver.get(url("/?lang=en"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("3 members — 75 % of the 4 municipalities");
        checkPage("home-en");
    }

    /** Accessibility, the phone layout and the browser console of the page now shown; a screenshot of each. */
    private void checkPage(String name) throws IOException {
        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious).as(() -> name + ": axe-core violations\n" + describe(results.getViolations())).isEmpty();
        if (!results.getViolations().isEmpty()) {
            System.out.println(name + ": minor axe-core findings\n" + describe(results.getViolations()));
        }
        assertThat(consoleProblems()).as(name + ": browser console").isEmpty();
        screenshot(name + "-desktop");

        driver.manage().window().setSize(new Dimension(375, 812));
        Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as(name + ": horizontal overflow at 375 px, in px").isLessThanOrEqualTo(0L);
        screenshot(name + "-phone");
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** Warnings and errors, such as a CSP violation or a missing file; the 404 page's own status is not one. */
    private List<String> consoleProblems() {
        String page = driver.getCurrentUrl();
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .filter(entry -> !entry.getMessage().startsWith(page + " - Failed to load resource"))
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .toList();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "  [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + "\n"
                        + rule.getNodes().stream().map(node -> "      " + node.getTarget() + "  " + node.getHtml())
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    /** The whole page, not only the window: resize to the page's height for the shot. */
    private void screenshot(String name) throws IOException {
        var window = driver.manage().window().getSize();
        Long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.min(document.documentElement.scrollHeight, 6000);");
        driver.manage().window().setSize(new Dimension(window.getWidth(), Math.max(height.intValue(), 600)));
        Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(window);
    }

    private <T> void wait(java.util.function.Function<WebDriver, T> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition::apply);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
