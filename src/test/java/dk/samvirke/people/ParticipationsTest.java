package dk.samvirke.people;

import static dk.samvirke.support.SignedIn.organisationAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.samvirke.statistics.StatisticsService;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.SignedIn;
import dk.samvirke.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Participations with history, kept by the organisation's administrators through the API and the page:
 * a person who left and came back holds the same product and role again; overlaps are refused.
 */
@IntegrationTest
class ParticipationsTest {

    static final Authentication OWN_ADMIN = SignedIn.as("oa@aarhus.dk", "aarhus", organisationAdmin("aarhus"));

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    TestAccounts accounts;
    @Autowired
    StatisticsService statistics;
    @Autowired
    WebApplicationContext context;
    @LocalServerPort
    int port;

    Http http;
    String ownAdmin;

    @BeforeEach
    void registry() {
        http = new Http(port);
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        var odense = fixtures.municipality("odense", "Odense Kommune", "461", null);
        fixtures.product("os2mo", "OS2mo", aarhus);
        fixtures.person("mette@aarhus.dk", "Mette Hansen", aarhus);
        fixtures.person("ole@odense.dk", "Ole Olsen", odense);
        ownAdmin = accounts.bearer("oa-api@aarhus.dk", "aarhus", TestAccounts.organisationAdmin("aarhus"));
    }

    @Test
    void aPersonWhoLeftAndCameBackHoldsTheSameRoleAgainAndOverlapsAreRefused() {
        var first = apiPost("{\"person\": \"Mette@Aarhus.dk\", \"product\": \"os2mo\", \"role\": \"developer\","
                + " \"allocation\": \"0,5\", \"since\": \"2016-01-01\", \"until\": \"2019-01-01\"}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.header("Location")).startsWith("/api/v1/organisations/aarhus/participations/");
        var again = apiPost("{\"person\": \"mette@aarhus.dk\", \"product\": \"os2mo\", \"role\": \"developer\","
                + " \"allocation\": \"0.5\", \"since\": \"2021-01-01\"}");
        assertThat(again.status()).isEqualTo(201);

        var overlapping = apiPost("{\"person\": \"mette@aarhus.dk\", \"product\": \"os2mo\", \"role\": \"developer\","
                + " \"since\": \"2018-06-01\", \"until\": \"2020-01-01\"}");
        assertThat(overlapping.status()).isEqualTo(422);
        assertThat(overlapping.json().get("errors").get(0).get("field").asString()).isEqualTo("since");
        assertThat(overlapping.json().get("errors").get(0).get("message").asString()).contains("2016-01-01–2019-01-01");
        var otherRole = apiPost("{\"person\": \"mette@aarhus.dk\", \"product\": \"os2mo\", \"role\": \"tester\","
                + " \"since\": \"2018-06-01\"}");
        assertThat(otherRole.status()).as("another role may overlap").isEqualTo(201);

        var list = http.get("/api/v1/organisations/aarhus/participations", "Authorization", ownAdmin).json();
        assertThat(list).extracting(p -> p.get("role").asString() + " " + p.get("since").asString() + " "
                + p.get("active").asBoolean()).containsExactlyInAnyOrder("developer 2016-01-01 false",
                "developer 2021-01-01 true", "tester 2018-06-01 true");
        assertThat(statistics.asOf(LocalDate.of(2017, 1, 1)).partTime()).isEqualTo(1);
        assertThat(statistics.asOf(LocalDate.of(2020, 1, 1)).participants()).isEqualTo(1);
        assertThat(http.get("/api/v1/organisations/aarhus").json().get("participants")).hasSize(3);
    }

    @Test
    void twoOfTheSameAtOnceGiveOneParticipationAndOneRefusal() throws Exception {
        String body = "{\"person\": \"mette@aarhus.dk\", \"product\": \"os2mo\", \"role\": \"tester\"}";
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> apiPost(body).status());
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> apiPost(body).status());
        assertThat(java.util.List.of(first.get(), second.get())).containsExactlyInAnyOrder(201, 422);
        assertThat(jdbc.queryForObject("select count(*) from participation", Integer.class)).isEqualTo(1);
    }

    @Test
    void aChangeNeedsTheVersionItReadAndTheOrganisationsAdmin() {
        var created = apiPost("{\"person\": \"mette@aarhus.dk\", \"product\": \"os2mo\", \"role\": \"developer\","
                + " \"since\": \"2021-01-01\"}");
        String location = created.header("Location");
        String etag = created.header("ETag");

        var ended = put(location, "{\"product\": \"os2mo\", \"role\": \"developer\", \"since\": \"2021-01-01\","
                + " \"until\": \"2024-01-01\"}", ownAdmin, "If-Match", etag);
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().get("until").asString()).isEqualTo("2024-01-01");
        assertThat(ended.json().get("active").asBoolean()).isFalse();
        assertThat(put(location, "{\"role\": \"developer\"}", ownAdmin, "If-Match", etag).status()).isEqualTo(412);
        assertThat(put(location, "{\"person\": \"ole@odense.dk\", \"role\": \"developer\"}", ownAdmin).json()
                .get("errors").get(0).get("field").asString()).as("the person stays").isEqualTo("person");

        String foreign = accounts.bearer("oa@odense.dk", "odense", TestAccounts.organisationAdmin("odense"));
        assertThat(put(location, "{\"role\": \"tester\"}", foreign).status()).isEqualTo(403);
        assertThat(http.get(location, "Authorization", foreign).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/organisations/aarhus/participations").status()).isEqualTo(401);
        String odenseId = "/api/v1/organisations/odense/participations/" + location.substring(location.lastIndexOf('/') + 1);
        assertThat(http.get(odenseId, "Authorization", foreign).status()).as("not a participation of Odense's").isEqualTo(404);

        var person = apiPost("{\"person\": \"ole@odense.dk\", \"role\": \"developer\"}");
        assertThat(person.json().get("errors").get(0).get("field").asString()).as("only the organisation's own people")
                .isEqualTo("person");
    }

    @Test
    void thePageAddsChangesAndEndsParticipations() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        var added = mvc.perform(post("/organisationer/aarhus/deltagelser").with(csrf()).with(authentication(OWN_ADMIN))
                .param("person", "mette@aarhus.dk").param("product", "os2mo").param("role", "developer")
                .param("allocation", "0,25").param("since", "2020-01-01")).andReturn().getResponse();
        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(added.getRedirectedUrl()).endsWith("#participations-heading");

        var page = mvc.perform(get("/organisationer/aarhus").with(authentication(OWN_ADMIN))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Deltagelse for personer i Aarhus Kommune", "Mette Hansen", "0,25");
        long id = jdbc.queryForObject("select id from participation", Long.class);

        var refused = mvc.perform(post("/organisationer/aarhus/deltagelser").with(csrf()).with(authentication(OWN_ADMIN))
                .param("person", "mette@aarhus.dk").param("product", "os2mo").param("role", "developer")
                .param("since", "1899-12-31")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("participation-since-error");

        var edit = mvc.perform(get("/organisationer/aarhus/deltagelser/" + id).with(authentication(OWN_ADMIN)))
                .andReturn().getResponse();
        assertThat(edit.getContentAsString()).contains("Ret deltagelse for mette@aarhus.dk");
        var stale = mvc.perform(post("/organisationer/aarhus/deltagelser/" + id).with(csrf()).with(authentication(OWN_ADMIN))
                .param("role", "developer").param("until", "2023-01-01").param("revision", "99")).andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("En anden har ændret deltagelsen imens");
        var ended = mvc.perform(post("/organisationer/aarhus/deltagelser/" + id).with(csrf()).with(authentication(OWN_ADMIN))
                .param("product", "os2mo").param("role", "developer").param("since", "2020-01-01")
                .param("until", "2023-01-01").param("revision", "0")).andReturn().getResponse();
        assertThat(ended.getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select until from participation where id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.of(2023, 1, 1));

        var foreign = SignedIn.as("oa@odense.dk", "odense", organisationAdmin("odense"));
        assertThat(mvc.perform(post("/organisationer/aarhus/deltagelser/" + id + "/slet").with(csrf())
                .with(authentication(foreign)).param("revision", "1")).andReturn().getResponse().getStatus()).isEqualTo(403);
        var removed = mvc.perform(post("/organisationer/aarhus/deltagelser/" + id + "/slet").with(csrf())
                .with(authentication(OWN_ADMIN)).param("revision", "1")).andReturn().getResponse();
        assertThat(removed.getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from participation", Integer.class)).isZero();
    }

    private Http.Response apiPost(String json) {
        return http.post("/api/v1/organisations/aarhus/participations", "application/json",
                json.getBytes(StandardCharsets.UTF_8), "Authorization", ownAdmin);
    }

    private Http.Response put(String path, String json, String authorization, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = authorization;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.put(path, "application/json", json.getBytes(StandardCharsets.UTF_8), all);
    }
}
