package dk.samvirke.forum;

import static dk.samvirke.forum.ForumTestSupport.reply;
import static dk.samvirke.forum.ForumTestSupport.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.selenium.AxeBuilder;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The forum front page and a topic page as an anonymous reader sees them, checked by axe-core (WCAG 2.1 AA). */
@IntegrationTest
class ForumBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static ChromeDriver driver;
    private static Path profile;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    TestAccounts accounts;

    @BeforeAll
    static void startChromium() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            throw new AssertionError("Chromium is required in CI: apt-get install -y chromium chromium-driver");
        }
        assumeTrue(installed, "Skipped: no /usr/bin/chromium or /usr/bin/chromedriver");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("samvirke-forum-chromium-");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=da");
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
                options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopChromium() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void theFrontPageAndATopicAreAccessible() {
        RegistryCleaner.clean(jdbc);
        registry.product("os2mo", "OS2mo", null);
        var http = new Http(port);
        String asker = accounts.bearer("asker@example.org", null, TestAccounts.member());
        String helper = accounts.bearer("helper@example.org", null, TestAccounts.member());
        long id = topic(http, asker, "product:os2mo", "question", "Hvordan opgraderer vi?",
                "Vi kører **2.9**.\n\n| felt | værdi |\n|---|---|\n| a | b |\n\n```\nkode\n```").json().get("id").asLong();
        long answer = reply(http, helper, id, "Læs [vejledningen](https://os2.eu).").json().get("id").asLong();
        reply(http, helper, id, "> citat\n\n- en\n- to");
        http.post("/api/v1/forum/posts/" + answer + "/accept", "application/json", new byte[0], "Authorization", asker);

        driver.get("http://localhost:" + port + "/forum");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Forum");
        assertAccessible("forum");

        driver.findElement(By.linkText("Hvordan opgraderer vi?")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Hvordan opgraderer vi?");
        assertThat(driver.findElement(By.cssSelector(".forum-accepted")).getText()).contains("vejledningen");
        assertAccessible("topic");
    }

    private void assertAccessible(String page) {
        var results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        var serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
        assertThat(serious).as(() -> page + ": " + serious.stream().map(r -> r.getId() + " " + r.getNodes().stream()
                .map(n -> n.getHtml()).collect(Collectors.joining(" | "))).collect(Collectors.joining("\n"))).isEmpty();
    }
}
