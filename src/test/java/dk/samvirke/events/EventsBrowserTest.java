package dk.samvirke.events;

import static dk.samvirke.support.SignedIn.admin;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samvirke.accounts.AccountManagement;
import dk.samvirke.accounts.AccountRequests.NewAccount;
import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.support.ChromiumSession;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.MailServer;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.SignedIn;
import dk.samvirke.support.TestAccounts;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The events' pages in Chromium with the checks every page passes ({@link Chromium#checkPage}): axe-core
 * (WCAG 2.1 A and AA), the console, a 375 px phone. A member signs up, lands on the waiting list, sees it on
 * /konto; the organiser sees the list.
 */
@IntegrationTest
class EventsBrowserTest {

    @RegisterExtension
    static GreenMailExtension mail = MailServer.start();

    @RegisterExtension
    static final ChromiumSession chromium = ChromiumSession.start();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    AccountManagement accounts;
    @Autowired
    EventManagement events;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void listEventSignUpWaitingListAccountAndOrganisersView() throws Exception {
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        fixtures.product("os2mo", "OS2mo", aarhus);
        accounts.create(new NewAccount("anne@aarhus.dk", "Anne Andersen", "aarhus", TestAccounts.PASSWORD,
                List.of(TestAccounts.member())));
        accounts.create(new NewAccount("pm@aarhus.dk", "Per Mortensen", "aarhus", TestAccounts.PASSWORD,
                List.of(TestAccounts.productManager("os2mo"))));
        SignedInUser admin = SignedIn.user("sek@os2.eu", null, admin());
        var soon = LocalDateTime.now(dk.samvirke.shared.TimeConfiguration.COPENHAGEN).plusDays(12).withHour(9).withMinute(30).withSecond(0).withNano(0);
        events.create(admin, new EventRequest("mo-brugergruppe", "Brugergruppemøde for OS2mo med en meget lang titel",
                null, "meeting", soon.toString(), soon.plusHours(3).toString(), "os2mo", null,
                "Dokk1, Hack Kampmanns Plads 2, 8000 Aarhus C", "https://meet.example.org/os2mo-brugergruppe-2027", "1",
                null, "## Dagsorden\n\n1. Status\n2. Køreplan", List.of()));
        var past = LocalDateTime.now(dk.samvirke.shared.TimeConfiguration.COPENHAGEN).minusDays(50).withHour(13).withMinute(0).withSecond(0).withNano(0);
        events.create(admin, new EventRequest("konference", "Årskonference", "Annual conference", "conference",
                past.toString(), past.plusHours(8).toString(), null, null, "Nyborg Strand", null, null, null, null,
                List.of()));
        events.afterwards(admin, "konference", "- [Slides](https://example.org/slides.pdf)", "Referat: alt gik godt.", null);
        events.signUp(SignedIn.user("bo@aarhus.dk", "aarhus", SignedIn.member()), "mo-brugergruppe", null);

        var driver = chromium.driver();
        driver.manage().deleteAllCookies();
        driver.get(url("/arrangementer"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Arrangementer");
        chromium.checkPage("events-list");
        driver.get(url("/arrangementer/konference?lang=en"));
        assertThat(driver.findElement(By.id("afterwards-heading")).getText()).isEqualTo("After the event");
        chromium.checkPage("events-past-en");
        driver.get(url("/arrangementer?lang=da"));

        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("anne@aarhus.dk");
        driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        driver.findElement(By.cssSelector("#sign-in button[type='submit']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        driver.get(url("/arrangementer/mo-brugergruppe"));
        chromium.checkPage("events-event");
        driver.findElement(By.cssSelector("form[action='/arrangementer/mo-brugergruppe/tilmeld'] button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("notice=waiting"));
        assertThat(driver.findElement(By.id("signup-heading")).findElement(By.xpath("..")).getText())
                .contains("Du er nr. 1 på ventelisten");
        chromium.checkPage("events-waiting");

        driver.get(url("/konto"));
        assertThat(driver.findElement(By.id("events-heading")).findElement(By.xpath("..")).getText())
                .contains("Brugergruppemøde for OS2mo", "Venteliste");
        chromium.checkPage("events-account");

        driver.get(url("/produkter/os2mo"));
        assertThat(driver.findElement(By.id("events-heading")).findElement(By.xpath("..")).getText())
                .contains("Brugergruppemøde for OS2mo");

        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("pm@aarhus.dk");
        driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        driver.findElement(By.cssSelector("#sign-in button[type='submit']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        driver.get(url("/arrangementer/mo-brugergruppe"));
        assertThat(driver.findElement(By.id("organisers-heading")).findElement(By.xpath("..")).getText())
                .contains("bo@aarhus.dk", "Anne Andersen", "Venteliste nr. 1");
        chromium.checkPage("events-organisers");

        driver.get(url("/arrangementer/nyt"));
        chromium.checkPage("events-form");
        driver.findElement(By.id("event-key")).sendKeys("Ugyldig");
        driver.findElement(By.cssSelector("form[action='/arrangementer/nyt'] button[type='submit']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("event-title-error")));
        assertThat(driver.findElement(By.id("event-key-error")).getText()).contains("små bogstaver");
        chromium.checkPage("events-form-errors");
    }
}
