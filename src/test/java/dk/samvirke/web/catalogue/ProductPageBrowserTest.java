package dk.samvirke.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dk.samvirke.catalogue.CatalogueManagement;
import dk.samvirke.catalogue.ProductPolicy;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.PubliccodeFixtures;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    CatalogueManagement catalogue;

    @BeforeAll
    static void startChromium() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)
                || System.getenv("CI") != null, "Skipped: no /usr/bin/chromium or /usr/bin/chromedriver");
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
        driver.get("http://localhost:" + port + "/produkter/os2test");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> ((JavascriptExecutor) d).executeScript(
                "return document.querySelectorAll('[data-chart] canvas').length") instanceof Long n && n >= 2);
        assertThat(driver.findElement(By.cssSelector("#perorg-caption")).getText()).contains("OS2test");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("fra en indlæst publiccode.yml",
                "Ukendt organisation", "v2.4.1", "Stabil");

        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
        assertThat(serious).as(() -> describe(results.getViolations())).isEmpty();
        var console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
        assertThat(console).as("browser console").isEmpty();
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve("product-enriched.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        driver.manage().window().setSize(new Dimension(375, 812));
        Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("horizontal overflow at 375 px").isLessThanOrEqualTo(0L);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "  [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + "\n"
                        + rule.getNodes().stream().map(node -> "      " + node.getTarget() + "  " + node.getHtml())
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
