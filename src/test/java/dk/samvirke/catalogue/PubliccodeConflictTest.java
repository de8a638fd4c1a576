package dk.samvirke.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.PubliccodeFixtures;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.SignedInPages;
import dk.samvirke.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A harvest that finds a publiccode.yml naming another product (name and url both differ) changes
 * nothing, and shows the product's managers what the file says, to accept or keep out.
 */
@IntegrationTest
class PubliccodeConflictTest {

    private static final String REPOSITORY = "https://github.com/OS2/os2test";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    TestAccounts accounts;
    @Autowired
    CatalogueManagement catalogue;
    @Autowired
    WebApplicationContext context;

    private Http http;
    private MockMvc mvc;
    private String manager;

    @BeforeEach
    void registry() {
        RegistryCleaner.clean(jdbc);
        http = new Http(port);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        fixtures.product("os2test", "OS2test", null);
        fixtures.product("os2other", "OS2other", null);
        manager = accounts.bearer("pm@aarhus.dk", null, TestAccounts.productManager("os2test"));
    }

    @Test
    void aFileNamingAnotherProductChangesNothingAndIsShownToTheManagersOnly() throws Exception {
        var outcome = harvest("OS2andet", "https://github.com/kommune/andet");
        assertThat(outcome.conflict()).isTrue();
        assertThat(outcome.updated()).isEmpty();

        JsonNode asManager = http.get("/api/v1/products/os2test/page", "Authorization", manager).json();
        assertThat(asManager.get("name").asString()).isEqualTo("OS2test");
        assertThat(asManager.get("repository").asString()).isEqualTo(REPOSITORY);
        assertThat(asManager.get("summary").asString()).isEqualTo("OS2test – fælles kommunal løsning");
        JsonNode conflict = asManager.get("publiccodeConflicts").get(0);
        assertThat(conflict.get("repository").asString()).isEqualTo(REPOSITORY);
        assertThat(conflict.get("file").get("name").asString()).isEqualTo("OS2andet");
        assertThat(conflict.get("file").get("url").asString()).isEqualTo("https://github.com/kommune/andet");
        assertThat(conflict.get("product").get("name").asString()).isEqualTo("OS2test");
        assertThat(http.get("/api/v1/products/os2test/page").json().get("publiccodeConflicts").isEmpty()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from product_publiccode", Integer.class)).isZero();

        String da = html("/produkter/os2test", SignedInPages.productManager("os2test"));
        assertThat(da).contains("En publiccode.yml beskriver et andet produkt").contains("OS2andet")
                .contains("https://github.com/kommune/andet").contains("Brug filens værdier")
                .contains("Behold produktets værdier");
        assertThat(html("/products/os2test?lang=en", SignedInPages.productManager("os2test")))
                .contains("A publiccode.yml describes another product").contains("Keep the product&#39;s values");
        assertThat(html("/produkter/os2test", SignedInPages.member())).doesNotContain("OS2andet");
        assertThat(html("/produkter/os2test", null)).doesNotContain("OS2andet");
    }

    @Test
    void keepingTheProductsValuesIsRememberedForThatFile() {
        harvest("OS2andet", "https://github.com/kommune/andet");
        long id = openConflictId();
        String body = "{\"choice\": \"keep\"}";
        assertThat(decide(id, body, null).status()).isEqualTo(401);
        String other = accounts.bearer("pm@other.dk", null, TestAccounts.productManager("os2other"));
        assertThat(decide(id, body, other).status()).isEqualTo(403);
        assertThat(decide(id, "{\"choice\": \"maybe\"}", manager).status()).isEqualTo(422);

        var kept = decide(id, body, manager);
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(kept.json().get("name").asString()).isEqualTo("OS2test");
        assertThat(kept.json().get("publiccodeConflicts").isEmpty()).isTrue();
        assertThat(decide(id, body, manager).status()).as("decided already").isEqualTo(404);

        assertThat(harvest("OS2andet", "https://github.com/kommune/andet").conflict()).isTrue();
        assertThat(page().get("publiccodeConflicts").isEmpty()).as("the same file is not raised again").isTrue();
        assertThat(page().get("name").asString()).isEqualTo("OS2test");

        harvest("OS2tredje", "https://github.com/kommune/tredje");
        assertThat(page().get("publiccodeConflicts").get(0).get("file").get("name").asString()).isEqualTo("OS2tredje");
    }

    @Test
    void acceptingOnThePageAppliesTheFileNameAndRepositoryToo() throws Exception {
        harvest("OS2andet", "https://github.com/kommune/andet");
        long id = openConflictId();

        var result = mvc.perform(post("/produkter/os2test/publiccode-konflikter/" + id).param("choice", "accept")
                .with(SignedInPages.productManager("os2test")).with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/produkter/os2test");

        JsonNode page = page();
        assertThat(page.get("name").asString()).isEqualTo("OS2andet");
        assertThat(page.get("repository").asString()).isEqualTo("https://github.com/kommune/andet");
        assertThat(page.get("summary").asString()).isEqualTo("Fælles sagsbehandling for kommunerne");
        assertThat(page.get("publiccodeConflicts").isEmpty()).isTrue();
    }

    @Test
    void aFileWithTheProductsNameOrRepositoryIsTheProductsOwn() {
        // the repository renamed its software: same url, new name
        assertThat(harvest("OS2test Pro", REPOSITORY + ".git").conflict()).isFalse();
        assertThat(page().get("name").asString()).isEqualTo("OS2test Pro");
        // the software moved: same name, new url
        assertThat(harvest("os2test pro", "https://gitlab.com/os2/os2test").conflict()).isFalse();
        assertThat(page().get("repository").asString()).isEqualTo("https://gitlab.com/os2/os2test");
        assertThat(page().get("publiccodeConflicts").isEmpty()).isTrue();
    }

    private CatalogueManagement.ImportOutcome harvest(String name, String url) {
        return catalogue.importHarvested("os2test", REPOSITORY,
                PubliccodeFixtures.danish(name, url, "stable").getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode page() {
        return http.get("/api/v1/products/os2test/page", "Authorization", manager).json();
    }

    private long openConflictId() {
        return page().get("publiccodeConflicts").get(0).get("id").asLong();
    }

    private Http.Response decide(long id, String json, String bearer) {
        String path = "/api/v1/products/os2test/publiccode-conflicts/" + id;
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return bearer == null ? http.post(path, "application/json", body)
                : http.post(path, "application/json", body, "Authorization", bearer);
    }

    private String html(String path, org.springframework.test.web.servlet.request.RequestPostProcessor user)
            throws Exception {
        var request = get(path);
        if (user != null) {
            request.with(user);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
