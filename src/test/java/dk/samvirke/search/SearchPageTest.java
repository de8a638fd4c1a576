package dk.samvirke.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.ProductDetails;
import dk.samvirke.catalogue.Products;
import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.people.ParticipationRole;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryFixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The search page and the search box in the header of every page. */
@IntegrationTest
class SearchPageTest {

    private static final String HEADER_BOX = "<input class=\"form-input\" type=\"search\" id=\"site-search-q\" name=\"q\"";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    Products products;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        SearchTestData.clean(context);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", LocalDate.of(2012, 1, 1));
        fixtures.organisation("magenta", "Magenta ApS", OrganisationType.SUPPLIER);
        var forms = products.save(new Product("os2forms", new ProductDetails("OS2forms",
                "Selvbetjeningsformularer, som det er let at opgradere", "aarhus", null, null, null, null, null), aarhus));
        products.save(new Product("xss", new ProductDetails("<script>alert(1)</script> Opgraderingsværktøj",
                "Til <b>opgradering</b>", null, null, null, null, null, null), null));
        var mette = fixtures.person("mette.hansen@aarhus.dk", "Mette Hansen", aarhus);
        fixtures.participation(mette, forms, ParticipationRole.PRODUCT_MANAGER, "0.5");
    }

    @Test
    void everyPageHasTheSearchBoxInItsHeader() {
        for (String path : List.of("/", "/produkter", "/organisationer", "/statistik", "/produkter/os2forms", "/soeg",
                "/produkter/findes-ikke", "/?lang=en")) {
            String page = http.get(path).body();
            assertThat(page).as(path).contains("<form class=\"search-form samvirke-site-search\" action=\"/soeg\" method=\"get\"",
                    HEADER_BOX);
        }
        assertThat(http.get("/?lang=en").body()).contains("<span>Search</span>", "aria-label=\"Search Samvirke\"");
    }

    @Test
    void showsResultsGroupedByKindWithTheMatchesMarkedAndTheRestEscaped() {
        var response = http.get("/soeg?q=opgraderingen");
        assertThat(response.status()).isEqualTo(200);
        String page = response.body();
        assertThat(page).contains("2 resultater for »opgraderingen«", "Produkter (2)",
                "<a href=\"/produkter/os2forms\">OS2forms</a>",
                "som det er let at <mark>opgradere</mark>",
                "&lt;script&gt;alert(1)&lt;/script&gt; Opgraderingsværktøj",
                "Til &lt;b&gt;<mark>opgradering</mark>&lt;/b&gt;",
                "value=\"opgraderingen\"");
        assertThat(page).doesNotContain("<script>alert", "<b>opgradering");
    }

    @Test
    void partsOfNamesAreFoundAndMarkedInTheTitle() {
        products.save(new Product("os2borgerpc", new ProductDetails("OS2borgerPC", "Sikre, selvbetjente borger-pc'er",
                null, null, null, null, null, null), null));
        String page = http.get("/soeg?q=borgerpc").body();
        assertThat(page).contains("Produkter (1)", "<a href=\"/produkter/os2borgerpc\">OS2<mark>borgerPC</mark></a>");
        assertThat(http.get("/search?q=borgerp&lang=en").body()).contains("OS2<mark>borgerPC</mark>", "Products (1)");
    }

    @Test
    void findsPeopleByNameButNeverShowsTheirEmailAddress() {
        String page = http.get("/soeg?q=mette").body();
        assertThat(page).contains("<mark>Mette</mark> Hansen", "Personer (1)", "href=\"/organisationer/aarhus\"");
        assertThat(page).doesNotContain("mette.hansen@", "@aarhus.dk");
        // The visitor's own words are shown back to them; nothing else of the address is.
        assertThat(http.get("/soeg?q=mette.hansen%40aarhus.dk").body()).contains("Personer (0)")
                .doesNotContain("<mark>Mette</mark>");
    }

    @Test
    void oneKindAtATimeWithFiltersAndTheEnglishAddress() {
        String page = http.get("/soeg?q=aarhus%20%7C%20magenta&kind=organisations&type=supplier").body();
        assertThat(page).contains("<mark>Magenta</mark> ApS", "Leverandør").doesNotContain("Aarhus Kommune</a>");
        assertThat(page).contains("aria-current=\"page\">Organisationer (1)</a>");
        assertThat(http.get("/search?q=magenta&lang=en").body()).contains("1 result for &quot;magenta&quot;",
                "Organisations (1)");
    }

    @Test
    void anEmptySearchExplainsAndAFruitlessOneHelps() {
        String before = http.get("/soeg").body();
        assertThat(before).contains("Søg i produkter, organisationer og de personer", "href=\"/produkter\"")
                .doesNotContain("search-results-heading");
        String none = http.get("/soeg?q=zzyzx&kind=products").body();
        assertThat(none).contains("Intet passer til »zzyzx«", "Kontrollér stavningen", "Søg uden filtre");
        assertThat(http.get("/soeg?q=" + "a".repeat(300) + "&kind=ukendt&type=ukendt&page=-4").status()).isEqualTo(200);
    }
}
