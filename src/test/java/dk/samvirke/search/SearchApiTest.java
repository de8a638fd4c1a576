package dk.samvirke.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.ProductDetails;
import dk.samvirke.catalogue.Products;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.organisations.OrganisationDetails;
import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.organisations.Organisations;
import dk.samvirke.people.ParticipationRole;
import dk.samvirke.people.Person;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryFixtures;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/search}: what it finds, what it never shows, and its contract. */
@IntegrationTest
class SearchApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    Products products;

    @Autowired
    Organisations organisations;

    @Autowired
    TransactionTemplate transactions;

    Http http;
    Organisation aarhus;
    Person mette;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        SearchTestData.clean(context);
        aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", LocalDate.of(2012, 1, 1));
        var koebenhavn = fixtures.municipality("koebenhavn", "Københavns Kommune", "101", null);
        fixtures.organisation("magenta", "Magenta ApS", OrganisationType.SUPPLIER);
        var forms = product("os2forms", "OS2forms", "Selvbetjeningsformularer, som det er let at opgradere", aarhus);
        product("os2kitos", "OS2kitos", "Overblik over kommunens it-systemer og kontrakter", koebenhavn);
        mette = fixtures.person("mette.hansen@aarhus.dk", "Mette Hansen", aarhus);
        fixtures.participation(mette, forms, ParticipationRole.PRODUCT_MANAGER, "0.5");
        fixtures.person("skjult@aarhus.dk", "Hemmelig Hansen", aarhus);
    }

    @Test
    void aVerbalNounFindsTheVerbThroughDanishStemming() {
        JsonNode answer = search("opgraderingen");
        assertThat(keys(answer, "products")).containsExactly("os2forms");
        assertThat(answer.at("/groups/products/items/0/snippetHtml").asString()).contains("<mark>opgradere</mark>");
    }

    @Test
    void spellingsWithoutDanishLettersFindTheDanishOnes() {
        assertThat(keys(search("Kobenhavns"), "organisations")).containsExactly("koebenhavn");
        assertThat(keys(search("Århus"), "organisations")).containsExactly("aarhus");
        assertThat(keys(search("kommunernes"), "organisations")).containsExactlyInAnyOrder("aarhus", "koebenhavn");
    }

    @Test
    void findsProductsOrganisationsAndPeopleGroupedByKindWithCounts() {
        JsonNode answer = search("aarhus");
        assertThat(keys(answer, "organisations")).containsExactly("aarhus");
        assertThat(answer.at("/groups/people/items/0/title").asString()).isEqualTo("Mette Hansen");
        assertThat(answer.at("/groups/people/items/0/url").asString()).isEqualTo("/organisationer/aarhus");
        assertThat(answer.at("/groups/people/items/0/details/organisation").asString()).isEqualTo("Aarhus Kommune");
        assertThat(answer.at("/counts/products").asLong()).isZero();
        assertThat(answer.at("/counts/organisations").asLong()).isEqualTo(1);
        assertThat(answer.at("/counts/people").asLong()).isEqualTo(1);
        assertThat(answer.at("/total").asLong()).isEqualTo(2);
        assertThat(answer.at("/groups/products/total").asLong()).isZero();

        assertThat(keys(search("kontrakter"), "products")).containsExactly("os2kitos");
        assertThat(keys(search("os2kitos"), "products")).containsExactly("os2kitos");
        assertThat(keys(search("751"), "organisations")).containsExactly("aarhus");
        JsonNode organisation = search("magenta").at("/groups/organisations/items/0");
        assertThat(organisation.at("/url").asString()).isEqualTo("/organisationer/magenta");
        assertThat(organisation.at("/details/type").asString()).isEqualTo("supplier");
    }

    @Test
    void partsAndBeginningsOfNamesFindProductsOrganisationsAndPeopleWithWholeWordsFirst() {
        product("os2loop", "OS2loop", "Intranet og samarbejde for medarbejdere", aarhus);
        product("os2borgerpc", "OS2borgerPC", "Sikre borger-pc'er på biblioteker og i borgerservice", null);
        product("os2persondata", "OS2persondata", "Overblik over personoplysninger", null);
        product("loop-planner", "Loop Planner", "Planlægning af vagter", null);
        fixtures.municipality("frederiksberg", "Frederiksberg Kommune", "147", null);

        JsonNode loop = search("loop");
        assertThat(keys(loop, "products")).as("the whole word first").containsExactly("loop-planner", "os2loop");
        assertThat(loop.at("/groups/products/items/0/titleHtml").asString()).isEqualTo("<mark>Loop</mark> Planner");
        assertThat(loop.at("/groups/products/items/1/titleHtml").asString()).isEqualTo("OS2<mark>loop</mark>");
        assertThat(keys(search("borgerpc"), "products")).containsExactly("os2borgerpc");
        assertThat(keys(search("persondata"), "products")).containsExactly("os2persondata");
        assertThat(keys(search("OS2borgerPC"), "products")).containsExactly("os2borgerpc");
        assertThat(keys(search("service"), "products")).as("a part of a compound in the summary")
                .containsExactly("os2borgerpc");
        assertThat(keys(search("frederiks"), "organisations")).containsExactly("frederiksberg");
        JsonNode people = search("hans").at("/groups/people");
        assertThat(people.at("/total").asLong()).as("only the public profile").isEqualTo(1);
        assertThat(people.at("/items/0/titleHtml").asString()).isEqualTo("Mette <mark>Hansen</mark>");
        assertThat(search("oop").at("/total").asLong()).as("beginnings of words, not any piece").isZero();
    }

    @Test
    void productDescriptionsAreSearchedAndTheirMarkdownShowsAsText() {
        var page = http.get("/api/v1/products/os2forms/page");
        String body = """
                {"descriptions": {"da": {"shortDescription": "Formularer til borgerne",
                  "longDescription": "## Om løsningen\\n\\nBorgeren logger ind med **MitID** og udfylder\\n[formularen](https://os2forms.dk/vejledning). Data gemmes i `os2forms_webform`."}}}
                """;
        var saved = http.put("/api/v1/products/os2forms", "application/json", body.getBytes(StandardCharsets.UTF_8),
                "Authorization", "Bearer test-admin-token", "If-Match", page.header("ETag"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        JsonNode found = search("mitid");
        assertThat(keys(found, "products")).containsExactly("os2forms");
        // A sentence or so: OpenSearch's passages join sentences up to 100 characters, Lucene's are one.
        assertThat(found.at("/groups/products/items/0/snippetHtml").asString())
                .startsWith("Borgeren logger ind med <mark>MitID</mark> og udfylder formularen.");
        assertThat(search("os2forms_webform").at("/groups/products/items/0/snippetHtml").asString())
                .endsWith("Data gemmes i <mark>os2forms_webform</mark>.").doesNotContain("Om løsningen", "**", "`");
        assertThat(search("vejledning").at("/counts/products").asLong()).as("a link's address is not text").isZero();
    }

    @Test
    void onlyPeopleWhoTakePartAreFoundAndNeverByOrWithTheirEmailAddress() {
        assertThat(search("Hemmelig").at("/counts/people").asLong()).isZero();

        for (String q : List.of("mette.hansen@aarhus.dk", "mette.hansen", "Mette")) {
            var response = http.get("/api/v1/search?q=" + encode(q));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).doesNotContain("mette.hansen", "@aarhus.dk", "skjult");
        }
        assertThat(search("mette.hansen@aarhus.dk").at("/counts/people").asLong()).isZero();

        fixtures.participation(organisationsPerson("skjult@aarhus.dk"), null, ParticipationRole.BOARD, null);
        assertThat(search("Hemmelig").at("/groups/people/items/0/title").asString()).isEqualTo("Hemmelig Hansen");
    }

    @Test
    void aRebuildAsksAboutABatchOfPeopleAtOnceWithTheSameAnswersAsOneByOne() {
        var odense = fixtures.municipality("odense", "Odense Kommune", "461", null);
        List<String> taking = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Person person = fixtures.person("deltager" + i + "@example.dk", "Deltager Nummer" + i, i % 2 == 0 ? odense : aarhus);
            if (i % 3 == 0) {
                fixtures.participation(person, null, ParticipationRole.BOARD, null);
                taking.add("Deltager Nummer" + i);
            }
        }
        // The mass indexer's people are asked about per batch (PeopleFacts), not one query each.
        context.getBean(SearchIndexing.class).rebuild();

        JsonNode people = search("deltager&kind=people&size=100").at("/groups/people");
        List<String> titles = new ArrayList<>();
        people.at("/items").forEach(item -> titles.add(item.at("/title").asString()));
        assertThat(titles).as("only those who take part").containsExactlyInAnyOrderElementsOf(taking);
        people.at("/items").forEach(item -> assertThat(item.at("/details/organisation").asString()).as("their organisation")
                .isEqualTo(Integer.parseInt(item.at("/title").asString().replace("Deltager Nummer", "")) % 2 == 0
                        ? "Odense Kommune" : "Aarhus Kommune"));
        assertThat(search("Hemmelig").at("/counts/people").asLong()).as("still hidden after a rebuild").isZero();
        assertThat(search("Mette").at("/counts/people").asLong()).isEqualTo(1);

        var participations = context.getBean(dk.samvirke.people.Participations.class);
        var joined = fixtures.participation(organisationsPerson("skjult@aarhus.dk"), null, ParticipationRole.BOARD, null);
        assertThat(search("Hemmelig").at("/counts/people").asLong()).as("found once they take part").isEqualTo(1);
        participations.delete(participations.findById(joined.getId()).orElseThrow());
        assertThat(search("Hemmelig").at("/counts/people").asLong()).as("hidden again when they no longer do").isZero();
    }

    @Test
    void highlightsMarkTheWordsAndEscapeEverythingElse() {
        product("xss", "<script>alert('x')</script> Værktøj", "<img src=x onerror=alert(1)> til værktøjer", null);
        var response = http.get("/api/v1/search?q=" + encode("værktøj"));
        JsonNode item = response.json().at("/groups/products/items/0");
        assertThat(item.at("/title").asString()).isEqualTo("<script>alert('x')</script> Værktøj");
        assertThat(item.at("/titleHtml").asString())
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <mark>Værktøj</mark>");
        assertThat(item.at("/snippetHtml").asString()).startsWith("&lt;img src=x onerror=alert(1)&gt; til <mark>");
        // title is plain text, as a product's name is everywhere in the API; only the *Html fields are markup
        assertThat(item.at("/titleHtml").asString() + item.at("/snippetHtml").asString()).doesNotContain("<script", "<img");
    }

    @Test
    void aChangeIsSearchableAtOnceAndTheOldWordsNoLonger() {
        product("tavle", "Mødetavle", "Til møder", null);
        assertThat(keys(search("mødetavle"), "products")).containsExactly("tavle");
        transactions.executeWithoutResult(s -> {
            Product p = products.findByKey("tavle").orElseThrow();
            var d = p.details();
            p.update(new ProductDetails("Opslagstavle", d.summary(), d.ownerKey(), d.repository(), d.licence(),
                    d.website(), d.adoptedOn(), d.retiredOn()), p.getOwner());
        });
        assertThat(keys(search("opslagstavle"), "products")).containsExactly("tavle");
        assertThat(search("mødetavle").at("/counts/products").asLong()).isZero();

        transactions.executeWithoutResult(s -> {
            Organisation o = organisations.findByKey("aarhus").orElseThrow();
            var d = o.details();
            o.update(new OrganisationDetails("Aarhus Byråd", d.type(), d.country(), d.municipalityCode(), d.cvr(), null,
                    d.population(), d.website(), d.emailDomains(), d.memberSince(), d.memberUntil()), null);
        });
        JsonNode people = search("byråd").at("/groups/people");
        assertThat(people.at("/total").asLong()).isEqualTo(1);
        assertThat(people.at("/items/0/details/organisation").asString()).isEqualTo("Aarhus Byråd");
    }

    @Test
    void filtersByKindAndOrganisationTypeAndPagesEachKind() {
        for (int i = 1; i <= 5; i++) {
            product("skole-" + i, "Skoleløsning " + i, "Til skoler", null);
        }
        JsonNode answer = search("skoleløsning&kind=products&size=2&page=2");
        assertThat(answer.at("/groups/products/items").size()).isEqualTo(1);
        assertThat(answer.at("/groups/products/page").asInt()).isEqualTo(2);
        assertThat(answer.at("/groups/products/size").asInt()).isEqualTo(2);
        assertThat(answer.at("/groups/products/total").asLong()).isEqualTo(5);
        assertThat(answer.at("/groups").propertyNames()).containsExactly("products");
        assertThat(answer.at("/counts").propertyNames()).containsExactly("products", "organisations", "people", "topics", "posts", "events",
                "decisions");

        assertThat(keys(search("aarhus%20%7C%20magenta%20%7C%20koebenhavn&type=supplier"), "organisations"))
                .containsExactly("magenta");
        assertThat(search("aarhus&type=supplier").at("/counts/people").asLong()).isZero();
        assertThat(search("aarhus&type=municipality").at("/counts/people").asLong()).isEqualTo(1);
    }

    @Test
    void aMissingEmptyOrTooLongQueryIsAProblem() {
        for (String query : List.of("", "?q=", "?q=%20%20", "?q=" + "a".repeat(201), "?q=x&kind=ting", "?q=x&type=by",
                "?q=x&size=0", "?q=x&page=-1")) {
            var response = http.get("/api/v1/search" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(query).startsWith("application/problem+json");
            assertThat(response.json().at("/parameter").asString()).as(query).isNotEmpty();
        }
        assertThat(http.get("/api/v1/search?q=" + "a".repeat(200)).status()).isEqualTo(200);
    }

    @Test
    void onlyAdministratorsRebuildTheIndex() {
        assertThat(http.post("/api/v1/admin/search/reindex", "application/json", new byte[0]).status()).isEqualTo(401);
        var response = http.post("/api/v1/admin/search/reindex", "application/json", new byte[0],
                "Authorization", "Bearer test-admin-token");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/documents/Product").asLong()).isEqualTo(2);
        assertThat(response.json().at("/documents/Person").asLong()).isEqualTo(2);
        assertThat(keys(search("opgraderingen"), "products")).containsExactly("os2forms");
    }

    private Person organisationsPerson(String email) {
        return context.getBean(dk.samvirke.people.People.class).findByEmail(email).orElseThrow();
    }

    private Product product(String key, String name, String summary, Organisation owner) {
        return products.save(new Product(key, new ProductDetails(name, summary, owner == null ? null : owner.getKey(),
                null, "MPL-2.0", null, null, null), owner));
    }

    private JsonNode search(String q) {
        var response = http.get("/api/v1/search?q=" + (q.contains("&") || q.contains("%") ? q : encode(q)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> keys(JsonNode answer, String kind) {
        List<String> keys = new ArrayList<>();
        answer.at("/groups/" + kind + "/items").forEach(item -> keys.add(item.at("/key").asString()));
        return keys;
    }

    private static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
