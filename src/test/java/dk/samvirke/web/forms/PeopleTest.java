package dk.samvirke.web.forms;

import static dk.samvirke.support.SignedIn.organisationAdmin;
import static dk.samvirke.support.TestAccounts.admin;
import static dk.samvirke.support.TestAccounts.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.samvirke.catalogue.Product;
import dk.samvirke.people.ParticipationRole;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.SignedIn;
import dk.samvirke.support.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/** An organisation's people: the API (roles, If-Match, mass assignment) and the forms on the organisation page. */
@IntegrationTest
class PeopleTest {

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    TestAccounts accounts;

    Http http;
    MockMvc mvc;
    String ownAdmin;
    String foreignAdmin;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        var odense = fixtures.municipality("odense", "Odense Kommune", "461", null);
        Product os2mo = fixtures.product("os2mo", "OS2mo", aarhus);
        fixtures.participation(fixtures.person("mette@aarhus.dk", "Mette Hansen", aarhus), os2mo,
                ParticipationRole.DEVELOPER, "0.5");
        fixtures.person("ole@odense.dk", "Ole Olsen", odense);
        ownAdmin = accounts.bearer("anne@aarhus.dk", "aarhus", TestAccounts.organisationAdmin("aarhus"));
        foreignAdmin = accounts.bearer("kim@odense.dk", "odense", TestAccounts.organisationAdmin("odense"));
    }

    @Test
    void onlyAdminsAndTheOrganisationsAdminsMaintainItsPeople() {
        String memberOfAarhus = accounts.bearer("m@aarhus.dk", "aarhus", member());
        String manager = accounts.bearer("pm@aarhus.dk", "aarhus", TestAccounts.productManager("os2mo"));
        String administrator = accounts.bearer("sek@os2.eu", null, admin());
        String body = "{\"email\": \"new@aarhus.dk\", \"name\": \"Ny Person\"}";

        assertThat(postJson("/api/v1/organisations/aarhus/people", body).status()).isEqualTo(401);
        for (String other : new String[] {foreignAdmin, memberOfAarhus, manager}) {
            assertThat(postJson("/api/v1/organisations/aarhus/people", body, "Authorization", other).status()).isEqualTo(403);
            assertThat(putJson("/api/v1/organisations/aarhus/people/mette@aarhus.dk", body, "Authorization", other).status())
                    .isEqualTo(403);
            assertThat(delete("/api/v1/organisations/aarhus/people/mette@aarhus.dk", "Authorization", other)).isEqualTo(403);
            assertThat(http.get("/api/v1/organisations/aarhus/people", "Authorization", other).status()).isEqualTo(403);
        }
        assertThat(count("person")).isEqualTo(2);

        var created = postJson("/api/v1/organisations/aarhus/people", body, "Authorization", ownAdmin);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/organisations/aarhus/people/new@aarhus.dk");
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(postJson("/api/v1/organisations/odense/people", body.replace("new@", "x@"), "Authorization",
                administrator).status()).isEqualTo(201);
        assertThat(http.get("/api/v1/organisations/aarhus/people", "Authorization", ownAdmin).json())
                .extracting(p -> p.get("email").asString()).containsExactly("mette@aarhus.dk", "new@aarhus.dk");
    }

    @Test
    void aBodyCanNeitherMoveNorReKeyAPerson() {
        var created = postJson("/api/v1/organisations/aarhus/people", """
                {"email": "new@aarhus.dk", "name": "Ny", "organisation": "odense", "id": 1, "version": 99}""",
                "Authorization", ownAdmin);
        assertThat(created.status()).isEqualTo(201);
        assertThat(organisationOf("new@aarhus.dk")).isEqualTo("aarhus");
        assertThat(jdbc.queryForObject("select version from person where email = 'new@aarhus.dk'", Long.class)).isZero();

        var changed = putJson("/api/v1/organisations/aarhus/people/mette@aarhus.dk", """
                {"email": "evil@odense.dk", "name": "Mette H. Hansen", "title": "Udvikler", "organisation": "odense", "id": 7}""",
                "Authorization", ownAdmin);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("email").asString()).isEqualTo("mette@aarhus.dk");
        assertThat(organisationOf("mette@aarhus.dk")).isEqualTo("aarhus");
        assertThat(jdbc.queryForObject("select name from person where email = 'mette@aarhus.dk'", String.class))
                .isEqualTo("Mette H. Hansen");
        assertThat(count("person where email = 'evil@odense.dk'")).isZero();

        // A person of another organisation is not reachable through one's own organisation, nor taken over by adding them.
        assertThat(putJson("/api/v1/organisations/aarhus/people/ole@odense.dk", "{\"name\": \"Mine now\"}",
                "Authorization", ownAdmin).status()).isEqualTo(404);
        assertThat(postJson("/api/v1/organisations/aarhus/people", "{\"email\": \"OLE@odense.dk\", \"name\": \"Mine\"}",
                "Authorization", ownAdmin).status()).isEqualTo(409);
        assertThat(organisationOf("ole@odense.dk")).isEqualTo("odense");
        assertThat(jdbc.queryForObject("select name from person where email = 'ole@odense.dk'", String.class))
                .isEqualTo("Ole Olsen");
    }

    @Test
    void ifMatchProtectsChangesAndRemovals() {
        var read = http.get("/api/v1/organisations/aarhus/people/mette@aarhus.dk", "Authorization", ownAdmin);
        String etag = read.header("ETag");
        var first = putJson("/api/v1/organisations/aarhus/people/mette@aarhus.dk", "{\"name\": \"Mette 2\"}",
                "Authorization", ownAdmin, "If-Match", etag);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isNotEqualTo(etag);
        var stale = putJson("/api/v1/organisations/aarhus/people/mette@aarhus.dk", "{\"name\": \"Mette 3\"}",
                "Authorization", ownAdmin, "If-Match", etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(delete("/api/v1/organisations/aarhus/people/mette@aarhus.dk", "Authorization", ownAdmin,
                "If-Match", etag)).isEqualTo(412);
        assertThat(putJson("/api/v1/organisations/aarhus/people/mette@aarhus.dk", "{\"name\": \"\"}",
                "Authorization", ownAdmin).json().get("errors").get(0).get("field").asString()).isEqualTo("name");

        assertThat(delete("/api/v1/organisations/aarhus/people/mette@aarhus.dk", "Authorization", ownAdmin,
                "If-Match", first.header("ETag"))).isEqualTo(204);
        assertThat(count("person where email = 'mette@aarhus.dk'")).isZero();
        assertThat(count("participation")).isZero();
        assertThat(jdbc.queryForList("select action from audit_entry where record_type = 'person'"
                + " and record_key = 'mette@aarhus.dk' order by id", String.class)).endsWith("update", "delete");
    }

    @Test
    void theFormsAddChangeAndRemoveAPerson() throws Exception {
        var anne = SignedIn.as("anne@aarhus.dk", "aarhus", organisationAdmin("aarhus"));
        String page = mvc.perform(get("/organisationer/aarhus").with(authentication(anne))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Personer og kontakter", "mette@aarhus.dk", "Tilføj en person");
        assertThat(mvc.perform(get("/organisationer/aarhus")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("mette@aarhus.dk", "Tilføj en person");

        var invalid = mvc.perform(post("/organisationer/aarhus/personer").with(csrf()).with(authentication(anne))
                .param("email", "not-an-address").param("name", "")).andReturn().getResponse();
        assertThat(invalid.getStatus()).isEqualTo(422);
        assertThat(invalid.getContentAsString(StandardCharsets.UTF_8))
                .contains("Skriv en e-mailadresse", "Skriv personens navn", "value=\"not-an-address\"");
        var exists = mvc.perform(post("/organisationer/aarhus/personer").with(csrf()).with(authentication(anne))
                .param("email", "ole@odense.dk").param("name", "Ole")).andReturn().getResponse();
        assertThat(exists.getStatus()).isEqualTo(409);
        assertThat(exists.getContentAsString(StandardCharsets.UTF_8)).contains("Der findes allerede en person");

        var added = mvc.perform(post("/organisationer/aarhus/personer").with(csrf()).with(authentication(anne))
                .param("email", "Jens@Aarhus.dk").param("name", "Jens Jensen").param("title", "Arkitekt")
                .param("organisation", "odense")).andReturn().getResponse();
        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(organisationOf("jens@aarhus.dk")).isEqualTo("aarhus");

        String edit = mvc.perform(get("/organisationer/aarhus/personer/jens@aarhus.dk").with(authentication(anne)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(edit).contains("value=\"Jens Jensen\"", "name=\"revision\" value=\"0\"");
        assertThat(mvc.perform(post("/organisationer/aarhus/personer/jens@aarhus.dk").with(csrf()).with(authentication(anne))
                .param("name", "Jens J. Jensen").param("revision", "0")).andReturn().getResponse().getStatus()).isEqualTo(302);
        var stale = mvc.perform(post("/organisationer/aarhus/personer/jens@aarhus.dk").with(csrf()).with(authentication(anne))
                .param("name", "Jens Stale").param("revision", "0")).andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString(StandardCharsets.UTF_8)).contains("En anden har ændret personen",
                ">Jens J. Jensen<", ">Jens Stale<");

        var kim = SignedIn.as("kim@odense.dk", "odense", organisationAdmin("odense"));
        assertThat(mvc.perform(post("/organisationer/aarhus/personer/jens@aarhus.dk/slet").with(csrf())
                .with(authentication(kim)).param("revision", "1")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/organisationer/aarhus/personer/jens@aarhus.dk/slet").with(authentication(anne))
                .param("revision", "1")).andReturn().getResponse().getStatus()).isEqualTo(403); // no CSRF token
        assertThat(mvc.perform(post("/organisationer/aarhus/personer/jens@aarhus.dk/slet").with(csrf())
                .with(authentication(anne)).param("revision", "1")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(count("person where email = 'jens@aarhus.dk'")).isZero();
    }

    private String organisationOf(String email) {
        return jdbc.queryForObject("select o.org_key from person p join organisation o on o.id = p.organisation_id"
                + " where p.email = ?", String.class, email);
    }

    private int count(String tableAndCondition) {
        return jdbc.queryForObject("select count(*) from " + tableAndCondition, Integer.class);
    }

    private Http.Response postJson(String path, String body, String... headers) {
        return http.post(path, "application/json", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private Http.Response putJson(String path, String body, String... headers) {
        return http.put(path, "application/json", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** {@link Http} has no DELETE yet. */
    private int delete(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).DELETE();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
