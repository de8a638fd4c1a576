package dk.samvirke.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.ProductDetails;
import dk.samvirke.catalogue.Products;
import dk.samvirke.people.ParticipationRole;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
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
import org.springframework.context.ApplicationContext;

/**
 * A visitor searches from the header in real headless Chromium, as {@code web/BrowserTest} walks
 * the rest of the site: axe-core (WCAG 2.1 A and AA), the console, a 375 px phone. Screenshots land
 * in {@code target/web-screenshots/}.
 */
@IntegrationTest
class SearchBrowserTest {

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

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    Products products;

    @BeforeAll
    static void startChromium() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
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
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void loadData() {
        SearchTestData.clean(context);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", LocalDate.of(2012, 1, 1));
        var forms = products.save(new Product("os2forms", new ProductDetails("OS2forms",
                "Selvbetjeningsformularer, som det er let at opgradere", "aarhus", null, null, null, null, null), aarhus));
        for (int i = 1; i <= 7; i++) {
            products.save(new Product("opgrad-" + i, new ProductDetails("Opgraderingsværktøj " + i,
                    "Til opgradering af system " + i, null, null, null, null, null, null), null));
        }
        var mette = fixtures.person("mette@aarhus.dk", "Mette Hansen", aarhus);
        fixtures.participation(mette, forms, ParticipationRole.PRODUCT_MANAGER, "0.5");
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void aVisitorSearchesFromTheHeaderAndReadsTheResults() throws IOException {
        driver.get(url("/produkter"));
        var box = driver.findElement(By.id("site-search-q"));
        box.sendKeys("opgraderingen");
        driver.findElement(By.cssSelector(".samvirke-site-search button[type='submit']")).click();
        wait(ExpectedConditions.urlContains("/soeg?q=opgraderingen"));
        assertThat(driver.findElement(By.id("search-results-heading")).getText()).isEqualTo("8 resultater for »opgraderingen«");
        assertThat(driver.findElements(By.cssSelector(".samvirke-search-hits mark"))).isNotEmpty();
        checkPage("search");

        driver.findElement(By.linkText("Vis alle 8 produkter")).click();
        wait(ExpectedConditions.urlContains("kind=products"));
        assertThat(driver.findElements(By.cssSelector(".samvirke-search-hits > li"))).hasSize(8);
        checkPage("search-products");

        driver.get(url("/soeg"));
        checkPage("search-empty");
        driver.get(url("/soeg?q=zzyzx"));
        checkPage("search-nothing");
        driver.get(url("/search?q=mette&lang=en"));
        assertThat(driver.findElement(By.cssSelector(".samvirke-search-hits mark")).getText()).isEqualTo("Mette");
        checkPage("search-en");
    }

    /** Accessibility, the browser console and the phone layout of the page now shown; a screenshot of each. */
    private void checkPage(String name) throws IOException {
        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious).as(() -> name + ": axe-core violations\n" + describe(results.getViolations())).isEmpty();
        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList()).as(name + ": browser console").isEmpty();
        screenshot(name + "-desktop");
        driver.manage().window().setSize(new Dimension(375, 812));
        assertThat(driver.findElement(By.id("site-search-q")).isDisplayed()).as(name + ": header search on a phone").isTrue();
        Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as(name + ": horizontal overflow at 375 px, in px").isLessThanOrEqualTo(0L);
        screenshot(name + "-phone");
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "  [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + "\n"
                        + rule.getNodes().stream().map(node -> "      " + node.getTarget() + "  " + node.getHtml())
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private void screenshot(String name) throws IOException {
        Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private void wait(java.util.function.Function<org.openqa.selenium.WebDriver, ?> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition::apply);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
