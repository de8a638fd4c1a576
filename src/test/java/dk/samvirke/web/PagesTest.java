package dk.samvirke.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.IntegrationTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The public pages over real HTTP, as a browser asks for them. */
@IntegrationTest
class PagesTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private HttpClient browser;

    @BeforeEach
    void setUp() {
        WebTestData.load(context);
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    @Test
    void homeShowsTheHeadlineInDanishByDefault() throws Exception {
        var page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"da\"")
                .contains("3 medlemmer — 75 % af de 4 kommuner")
                .contains("Forside", "Katalog", "Organisationer", "Statistik")
                .contains("Gå til sidens indhold");
    }

    @Test
    void homeShowsTheHeadlineInEnglishWhenAskedAndRemembersTheChoice() throws Exception {
        var english = get("/?lang=en");

        assertThat(english.body()).contains("<html lang=\"en\"").contains("3 members — 75 % of the 4 municipalities");
        assertThat(english.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("samvirke-lang=en"));
        assertThat(get("/produkter").body()).contains("<html lang=\"en\"").contains("Catalogue");
        assertThat(get("/?lang=da").body()).contains("3 medlemmer — 75 % af de 4 kommuner");
    }

    @Test
    void anUnknownLanguageFallsBackToDanish() throws Exception {
        assertThat(get("/?lang=xx").body()).contains("<html lang=\"da\"").contains("3 medlemmer");
    }

    @Test
    void catalogueSearchesNameAndSummaryIgnoringCase() throws Exception {
        var page = get("/produkter?q=SELVBETJENING").body();

        assertThat(page).contains("1 produkt<").contains("OS2forms").doesNotContain("OS2kitos");
        assertThat(get("/produkter?q=os2KITOS").body()).contains("OS2kitos").doesNotContain(">OS2forms<");
    }

    @Test
    void catalogueFiltersByOwnerLicenceAndUse() throws Exception {
        assertThat(get("/produkter?owner=koebenhavn").body()).contains("OS2kitos").doesNotContain(">OS2forms<");
        assertThat(get("/produkter?licence=GPL-3.0-only").body()).contains("OS2gammel").doesNotContain(">OS2kitos<");
        assertThat(get("/produkter?inUse=yes").body()).contains("2 produkter<", "OS2forms", "OS2kitos")
                .doesNotContain("OS2gammel");
        assertThat(get("/produkter?inUse=no").body()).contains("13 produkter<", "OS2gammel")
                .doesNotContain(">OS2forms<");
    }

    @Test
    void catalogueSortsByUsersAndPages() throws Exception {
        var byUsers = get("/produkter?sort=users").body();
        assertThat(byUsers.indexOf(">OS2forms<")).isPositive().isLessThan(byUsers.indexOf(">OS2kitos<"));

        var first = get("/produkter").body();
        assertThat(first).contains("15 produkter<", "Produkt 07").doesNotContain("Produkt 08")
                .contains("href=\"/produkter?page=2\"").contains("aria-current=\"page\"");
        var second = get("/produkter?page=2").body();
        assertThat(second).contains("Produkt 08", "Produkt 12").doesNotContain("Produkt 07");
        assertThat(get("/produkter?page=99").body()).contains("Produkt 12");
    }

    @Test
    void catalogueAnswersHtmxWithTheResultsOnly() throws Exception {
        var request = HttpRequest.newBuilder(uri("/produkter?q=kitos")).header("HX-Request", "true").build();
        var partial = browser.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(partial.body()).doesNotContain("<html").contains("id=\"results\"").contains("OS2kitos");
        assertThat(partial.headers().allValues("Vary")).anyMatch(v -> v.toLowerCase(java.util.Locale.ROOT).contains("hx-request"));
    }

    @Test
    void theCatalogueHasAnEnglishAddressToo() throws Exception {
        assertThat(get("/products").statusCode()).isEqualTo(200);
        assertThat(get("/products/os2forms").body()).contains("OS2forms");
    }

    @Test
    void productPageShowsWhatItIsWhoUsesItAndWhoTakesPart() throws Exception {
        var page = get("/produkter/os2forms").body();

        assertThat(page).contains("<h1>OS2forms</h1>", "Selvbetjeningsformularer og digitale arbejdsgange")
                .contains("href=\"/organisationer/aarhus\"", "MPL-2.0", "https://github.com/os2/os2forms")
                .contains("Aarhus Kommune", "I drift", "Københavns Kommune", "Pilot", "Odense Kommune", "Planlagt")
                .contains("Mette Hansen", "Produktansvarlig", "Lars Nielsen", "Styregruppe")
                .contains("class=\"table table--zebra\"", "<caption");
        assertThat(get("/produkter/os2forms?lang=en").body()).contains("Product manager", "In production");
    }

    @Test
    void anUnknownProductIsAFriendly404InTheLayout() throws Exception {
        var page = get("/produkter/findes-ikke");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Siden findes ikke", "class=\"header\"", "Gå til forsiden")
                .doesNotContain("Exception", "at dk.samvirke");
    }

    @Test
    void anUnknownAddressIsA404PageForBrowsersButNotForTheApi() throws Exception {
        var page = get("/findes/ikke");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Siden findes ikke");

        var api = browser.send(HttpRequest.newBuilder(uri("/api/v1/findes-ikke"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).doesNotContain("<html");
    }

    @Test
    void organisationsListFiltersByTypeAndMembership() throws Exception {
        var municipalities = get("/organisationer?type=municipality").body();
        assertThat(municipalities).contains("4 organisationer<", "Aarhus Kommune", "751", "Region Midtjylland")
                .doesNotContain("Magenta ApS");
        var nonMembers = get("/organisationer?member=no").body();
        assertThat(nonMembers).contains("Odense Kommune", "Magenta ApS").doesNotContain(">Aarhus Kommune<");
    }

    @Test
    void organisationPageShowsDetailsProductsAndPeople() throws Exception {
        var page = get("/organisationer/aarhus").body();

        assertThat(page).contains("<h1>Aarhus Kommune</h1>", "751", "Region Midtjylland", "1. januar 2012")
                .contains("OS2forms", "OS2kitos", "I drift", "Mette Hansen", "Produktansvarlig");
        assertThat(get("/organisationer/findes-ikke").statusCode()).isEqualTo(404);
    }

    @Test
    void statisticsHonourTheDate() throws Exception {
        var today = get("/statistik").body();
        assertThat(today).contains("3 medlemmer — 75 % af de 4 kommuner").contains("data-chart=\"map\"");

        var early = get("/statistik?asOf=" + WebTestData.EARLY).body();
        assertThat(early).contains("1 medlem — 25 % af de 4 kommuner").contains("1. januar 2014")
                .contains("value=\"2014-01-01\"");

        assertThat(get("/statistik?asOf=i-går").body()).contains("Datoen kunne ikke læses")
                .contains("3 medlemmer — 75 %");
    }

    @Test
    void chartDataJoinsTheMapOnTheFourDigitCode() throws Exception {
        var data = browser.send(HttpRequest.newBuilder(uri("/statistik/data")).header("Accept", "application/json")
                .build(), HttpResponse.BodyHandlers.ofString()).body();

        assertThat(data).contains("\"mapCode\":\"0751\"", "\"mapCode\":\"0101\"", "\"trend\"")
                .contains("{\"key\":\"os2forms\",\"name\":\"OS2forms\",\"municipalities\":2}");
    }

    @Test
    void pagesKeepToTheContentSecurityPolicy() throws Exception {
        for (String path : new String[] {"/", "/produkter", "/produkter/os2forms", "/organisationer",
                "/organisationer/aarhus", "/statistik"}) {
            var page = get(path);
            assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
            assertThat(page.body()).as(path).doesNotContainPattern("<script(?![^>]*\\bsrc=)")
                    .doesNotContain(" style=", "<style", "onclick=", "https://cdn", "unpkg.com", "jsdelivr");
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/xhtml+xml").build();
        return browser.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
