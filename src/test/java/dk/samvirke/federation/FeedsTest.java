package dk.samvirke.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Atom feeds, parsed back with Rome: the required elements, nothing personal, linked from their pages. */
@IntegrationTest
class FeedsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    TestAccounts accounts;

    private Http http;

    @BeforeEach
    void registry() {
        RegistryCleaner.clean(jdbc);
        http = new Http(port);
    }

    @Test
    void newAndChangedProducts() throws Exception {
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        fixtures.product("os2forms", "OS2forms", aarhus);
        fixtures.product("os2mo", "OS2mo", null);
        String admin = accounts.bearer("admin@samvirke.dk", null, TestAccounts.admin());
        Thread.sleep(1100); // a change a second later, so the changed product is the newest
        assertThat(http.put("/api/v1/products/os2mo", "application/json",
                "{\"summary\": \"Ny tekst\"}".getBytes(StandardCharsets.UTF_8), "Authorization", admin).status())
                .isEqualTo(200);

        var response = http.get("/feeds/produkter.atom");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/atom+xml");
        Feed feed = parse(response.body());
        assertValidAtom(feed);
        assertThat(feed.getTitle()).isEqualTo("Samvirke: nye og ændrede produkter");
        assertThat(feed.getEntries()).extracting(e -> e.getTitle())
                .containsExactly("Ændret: OS2mo", "Nyt produkt: OS2forms");
        assertThat(feed.getEntries().get(1).getAuthors().get(0).getName()).isEqualTo("Aarhus Kommune");
        assertThat(feed.getEntries().get(0).getAlternateLinks().get(0).getHref()).endsWith("/produkter/os2mo");

        Feed english = parse(http.get("/feeds/produkter.atom?lang=en").body());
        assertValidAtom(english);
        assertThat(english.getTitle()).isEqualTo("Samvirke: new and changed products");
        assertThat(english.getEntries().get(0).getAlternateLinks().get(0).getHref()).endsWith("/produkter/os2mo?lang=en");

        var again = http.get("/feeds/produkter.atom", "If-None-Match", response.header("ETag"));
        assertThat(again.status()).as("unchanged: not sent again").isEqualTo(304);
    }

    @Test
    void theForumAndEachCategoryWithoutHiddenPostsOrAddresses() throws Exception {
        fixtures.product("os2mo", "OS2mo", null);
        String author = accounts.bearer("author@example.org", null, TestAccounts.member());
        String manager = accounts.bearer("manager@example.org", null, TestAccounts.productManager("os2mo"));
        long topic = post("/api/v1/forum/topics", author, "{\"category\": \"product:os2mo\", \"kind\": \"question\", "
                + "\"title\": \"Hvordan installerer vi?\", \"body\": \"Vi kører **version 2**\"}");
        long spam = post("/api/v1/forum/topics/" + topic + "/posts", manager, "{\"body\": \"Køb billige ure\"}");
        post("/api/v1/forum/topics/" + topic + "/posts", manager, "{\"body\": \"Se vejledningen\"}");
        assertThat(http.post("/api/v1/forum/posts/" + spam + "/hidden", "application/json",
                "{\"hidden\": true}".getBytes(StandardCharsets.UTF_8), "Authorization", manager).status()).isEqualTo(204);
        long general = post("/api/v1/forum/topics", author, "{\"category\": \"general\", \"kind\": \"discussion\", "
                + "\"title\": \"Velkommen\", \"body\": \"Hej alle\"}");

        String all = http.get("/feeds/forum.atom").body();
        Feed forum = parse(all);
        assertValidAtom(forum);
        assertThat(forum.getEntries()).extracting(Entry::getTitle)
                .containsExactlyInAnyOrder("Velkommen", "Svar: Hvordan installerer vi?", "Hvordan installerer vi?");
        // these test accounts are named by their addresses: a name that is an address is not shown
        assertThat(all).doesNotContain("billige ure").doesNotContain("@example.org").contains("<strong>version 2</strong>".replace("<", "&lt;").replace(">", "&gt;"));
        assertThat(forum.getEntries()).allSatisfy(e -> assertThat(e.getAuthors().get(0).getName()).doesNotContain("@"));
        assertThat(forum.getEntries()).anySatisfy(e -> assertThat(e.getAlternateLinks().get(0).getHref())
                .contains("/forum/topics/" + general + "#post-"));

        Feed product = parse(http.get("/feeds/forum/product:os2mo.atom").body());
        assertValidAtom(product);
        assertThat(product.getTitle()).isEqualTo("Samvirke: forum – OS2mo");
        assertThat(product.getEntries()).hasSize(2).noneMatch(e -> e.getTitle().equals("Velkommen"));
        assertThat(http.get("/feeds/forum/nope.atom").status()).isEqualTo(404);
        assertThat(http.get("/feeds/nope.atom").status()).isEqualTo(404);
    }

    @Test
    void everyListPageLinksItsFeedInItsHeadAndVisibly() {
        for (var page : List.of(new String[] {"/produkter", "/feeds/produkter.atom"},
                new String[] {"/products?lang=en", "/feeds/produkter.atom?lang=en"},
                new String[] {"/forum", "/feeds/forum.atom"},
                new String[] {"/forum/kategorier/general", "/feeds/forum/general.atom"})) {
            String html = http.get(page[0]).body();
            String head = html.substring(0, html.indexOf("</head>"));
            String href = page[1].replace("&", "&amp;");
            assertThat(head).as(page[0]).containsPattern("<link rel=\"alternate\" type=\"application/atom\\+xml\"\\s+href=\""
                    + java.util.regex.Pattern.quote(href) + "\"");
            String body = html.substring(html.indexOf("<body"));
            assertThat(body).as(page[0]).contains("href=\"" + href + "\"")
                    .containsAnyOf("Abonnér via Atom", "Subscribe with Atom");
        }
        assertThat(http.get("/organisationer").body()).doesNotContain("application/atom+xml");
    }

    private long post(String path, String bearer, String json) {
        var response = http.post(path, "application/json", json.getBytes(StandardCharsets.UTF_8), "Authorization", bearer);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private static Feed parse(String xml) throws Exception {
        return (Feed) new WireFeedInput().build(new StringReader(xml));
    }

    /** RFC 4287's required elements: feed id, title, updated, author (feed or entry), links; entries the same. */
    private static void assertValidAtom(Feed feed) {
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).startsWith("http");
        assertThat(feed.getTitle()).isNotBlank();
        assertThat(feed.getUpdated()).isNotNull();
        assertThat(feed.getAuthors()).isNotEmpty();
        assertThat(feed.getOtherLinks()).anySatisfy(l -> assertThat(l.getRel()).isEqualTo("self"));
        assertThat(feed.getAlternateLinks()).isNotEmpty();
        assertThat(feed.getEntries().size()).isLessThanOrEqualTo(50);
        for (Entry e : feed.getEntries()) {
            assertThat(e.getId()).startsWith("http");
            assertThat(e.getTitle()).isNotBlank();
            assertThat(e.getUpdated()).isNotNull();
            assertThat(e.getAlternateLinks()).isNotEmpty();
            assertThat(e.getAuthors()).isNotEmpty();
        }
    }
}
