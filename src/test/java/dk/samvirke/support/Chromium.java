package dk.samvirke.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Chromium with the checks every page must pass: axe-core (WCAG 2.1 A and AA, no serious or
 * critical findings), no console warnings, one language at a time ({@link LanguagePurity}), no horizontal scrolling at 375 px; screenshots of both sizes
 * land in {@code target/web-screenshots/}. Every browser test starts its browser here: where Chromium is
 * not installed the test is skipped, except when the environment variable CI is set, where it fails.
 */
public final class Chromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "web-screenshots");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final ChromeDriver driver;
    private final Path profile;
    private boolean errorStatusPages;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the test where Chromium is not installed, except in CI, where that is a failure. */
    public static Chromium start() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            if (System.getenv("CI") != null) {
                fail("Chromium is required in CI: apt-get install -y chromium chromium-driver");
            }
            assumeTrue(false, "Skipped: no /usr/bin/chromium or /usr/bin/chromedriver");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory("samvirke-chromium-");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=da");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
        return new Chromium(driver, profile);
    }

    /**
     * Pages that answer with an error status of their own (a 404 page, a form shown again with 409 or
     * 422) are checked too: the console's "Failed to load resource" for that page itself is then no
     * problem, but only when the page's own status really is 400 or more. Without this every console
     * warning and error fails the page.
     */
    public Chromium allowingErrorStatusPages() {
        this.errorStatusPages = true;
        return this;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Accessibility, the browser console and the phone layout of the page now shown; screenshots of both sizes. */
    public void checkPage(String name) throws IOException {
        checkPage(name, phone -> { });
    }

    /** As {@link #checkPage(String)}, with checks of a test's own made while the window is 375 px wide. */
    public void checkPage(String name, Consumer<ChromeDriver> atPhoneWidth) throws IOException {
        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious).as(() -> name + ": axe-core violations\n" + describe(results.getViolations())).isEmpty();
        if (!results.getViolations().isEmpty()) {
            System.out.println(name + ": minor axe-core findings\n" + describe(results.getViolations()));
        }
        assertThat(consoleProblems()).as(name + ": browser console").isEmpty();
        assertThat(LanguagePurity.problems(driver)).as(name + ": one language at a time").isEmpty();
        screenshot(name + "-desktop");
        driver.manage().window().setSize(new Dimension(375, 812));
        atPhoneWidth.accept(driver);
        // Charts follow the new width a frame or two later (a ResizeObserver): give them up to two seconds; an
        // overflow that stays is measured below and fails.
        String measure = "return document.documentElement.scrollWidth - document.documentElement.clientWidth;";
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(2))
                    .until(d -> (Long) ((ChromeDriver) d).executeScript(measure) <= 0);
        } catch (org.openqa.selenium.TimeoutException stays) {
            // measured and reported below
        }
        Long overflow = (Long) driver.executeScript(measure);
        if (overflow > 0) {
            screenshot(name + "-phone");
        }
        assertThat(overflow).as(() -> name + ": horizontal overflow at 375 px, in px, from " + widest())
                .isLessThanOrEqualTo(0L);
        screenshot(name + "-phone");
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** Warnings and errors, such as a CSP violation or a missing file. */
    private List<String> consoleProblems() {
        String ownFailure = driver.getCurrentUrl() + " - Failed to load resource";
        boolean errorStatus = errorStatusPages && driver.executeScript(
                "const n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : 0;")
                instanceof Long status && status >= 400;
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .filter(entry -> !(errorStatus && entry.getMessage().startsWith(ownFailure)))
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .toList();
    }

    /** The innermost elements that reach past the window's right edge: where to look for the cause. */
    private Object widest() {
        return driver.executeScript("""
                const width = document.documentElement.clientWidth;
                const clipped = e => {
                    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX)) return true;
                    }
                    return false;
                };
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > width + 1 && !clipped(e))
                    .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))
                    .slice(0, 8)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                        + ' right=' + Math.round(e.getBoundingClientRect().right));
                """);
    }

    private void screenshot(String name) throws IOException {
        var window = driver.manage().window().getSize();
        Long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.min(document.documentElement.scrollHeight, 6000);");
        driver.manage().window().setSize(new Dimension(window.getWidth(), Math.max(height.intValue(), 600)));
        Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(window);
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "  [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + "\n"
                        + rule.getNodes().stream().map(node -> "      " + node.getTarget() + "  " + node.getHtml())
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
