package dk.samvirke.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Chromium;
import dk.samvirke.support.IntegrationTest;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
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

    private static Chromium chromium;
    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void startChromium() throws IOException {
        // The 404 page is checked too: its own status is no console problem.
        chromium = Chromium.start().allowingErrorStatusPages();
        driver = chromium.driver();
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
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
        chromium.checkPage("home");

        driver.findElement(By.cssSelector(".navigation-menu a[href='/produkter']")).click();
        wait(ExpectedConditions.urlContains("/produkter"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Katalog");
        chromium.checkPage("catalogue");

        var search = driver.findElement(By.id("q"));
        search.sendKeys("selvbetjening");
        driver.findElement(By.cssSelector("#catalogue-search button[type='submit']")).click();
        wait(ExpectedConditions.textToBe(By.id("results-heading"), "1 produkt"));
        wait(ExpectedConditions.urlContains("q=selvbetjening"));
        var results = driver.findElements(By.cssSelector("#results .card-heading a"));
        assertThat(results).extracting(e -> e.getText()).containsExactly("OS2forms");
        chromium.checkPage("catalogue-search");

        results.get(0).click();
        wait(ExpectedConditions.urlContains("/produkter/os2forms"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("OS2forms");
        String users = driver.findElement(By.cssSelector("#users-heading + .table--responsive-scroll table")).getText();
        // a visitor sees who uses it and how, not the version they run (interfaces.md §10)
        assertThat(users).contains("Aarhus Kommune", "I drift", "Københavns Kommune", "Pilot").doesNotContain("5.2");
        String people = driver.findElement(By.cssSelector("#people-heading + .table--responsive-scroll table")).getText();
        assertThat(people).contains("Mette Hansen", "Produktansvarlig");
        chromium.checkPage("product");
    }

    @Test
    void theOtherPagesAreAccessibleToo() throws IOException {
        driver.get(url("/statistik"));
        wait(d -> ((JavascriptExecutor) d).executeScript(
                "return document.querySelectorAll('[data-chart] canvas').length") instanceof Long n && n >= 3);
        chromium.checkPage("statistics");

        driver.get(url("/organisationer"));
        chromium.checkPage("organisations");
        driver.get(url("/organisationer/aarhus"));
        chromium.checkPage("organisation");
        driver.get(url("/produkter/findes-ikke"));
        chromium.checkPage("not-found");
        driver.get(url("/?lang=en"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("3 members — 75 % of the 4 municipalities");
        chromium.checkPage("home-en");
    }

    private <T> void wait(java.util.function.Function<WebDriver, T> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition::apply);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
