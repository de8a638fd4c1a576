package dk.samvirke.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.ProductDetails;
import dk.samvirke.catalogue.Products;
import dk.samvirke.people.ParticipationRole;
import dk.samvirke.support.Chromium;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryFixtures;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
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

    private static Chromium chromium;
    private static ChromeDriver driver;

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
    void loadData() {
        SearchTestData.clean(context);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", LocalDate.of(2012, 1, 1));
        var forms = products.save(new Product("os2forms", new ProductDetails("OS2forms",
                "Selvbetjeningsformularer, som det er let at opgradere", "aarhus", null, null, null, null, null), aarhus));
        for (int i = 1; i <= 7; i++) {
            products.save(new Product("opgrad-" + i, new ProductDetails("Opgraderingsværktøj " + i,
                    "Til opgradering af system " + i, null, null, null, null, null, null), null));
        }
        products.save(new Product("os2loop", new ProductDetails("OS2loop", "Intranet og samarbejde for medarbejdere",
                null, null, null, null, null, null), null));
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

        // A part of a name, from the search page's own form.
        driver.get(url("/soeg"));
        driver.findElement(By.id("search-q")).sendKeys("loop");
        driver.findElement(By.cssSelector("#search-form button[type='submit']")).click();
        wait(ExpectedConditions.urlContains("q=loop"));
        var hit = driver.findElement(By.cssSelector(".samvirke-search-hits > li a"));
        assertThat(hit.getText()).isEqualTo("OS2loop");
        assertThat(hit.findElement(By.tagName("mark")).getText()).isEqualTo("loop");
        checkPage("search-part-of-name");
    }

    /** The shared checks, and the header's search box still shown on a 375 px phone. */
    private void checkPage(String name) throws IOException {
        chromium.checkPage(name, phone -> assertThat(phone.findElement(By.id("site-search-q")).isDisplayed())
                .as(name + ": header search on a phone").isTrue());
    }

    private void wait(java.util.function.Function<org.openqa.selenium.WebDriver, ?> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition::apply);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
