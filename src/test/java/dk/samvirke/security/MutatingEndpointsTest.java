package dk.samvirke.security;

import static dk.samvirke.support.SignedIn.admin;
import static dk.samvirke.support.SignedIn.member;
import static dk.samvirke.support.SignedIn.organisationAdmin;
import static dk.samvirke.support.SignedIn.productManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.people.ParticipationRole;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.SignedIn;
import dk.samvirke.usage.UsageStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint that can change something (POST, PUT, PATCH, DELETE, or no method restriction)
 * and sends it as every role, against its own and a foreign organisation or product. The expected
 * answer class comes from {@link #RULES}: an endpoint missing from the table fails the build, so no
 * new endpoint ships without somebody deciding who may use it.
 */
@IntegrationTest
class MutatingEndpointsTest {

    /** Who may use an endpoint. */
    enum Rule {
        /** Anyone, signed in or not. */
        ANYONE,
        /** Any signed-in account, whatever its roles. */
        SIGNED_IN,
        /** Administrators, and the organisation-admins of the organisation in the address. */
        ORGANISATION_ADMIN,
        /** Administrators only. */
        ADMIN,
        /** Administrators, and the product-managers of the product in the address. */
        PRODUCT_MANAGER,
        /**
         * Not walked here: the error page, and rules that depend on a record this walk does not make
         * (the author of a post, a partly signed-in admin); each names the test that covers it.
         */
        NOT_WALKED
    }

    /** How a request is sent: the API takes JSON (or its own media type); pages take form fields. */
    enum Kind { JSON, MULTIPART, YAML, FORM, NONE }

    record Endpoint(Rule rule, Kind kind, String path, String body) {
    }

    /**
     * The table. Keys are "METHOD pattern" as the handler mapping declares them; paths use {org},
     * {product} and {person}, filled in with the caller's own or a foreign organisation's values.
     */
    static final Map<String, Endpoint> RULES = new LinkedHashMap<>();

    static {
        rule("POST /api/v1/admin/accounts", Rule.ADMIN, Kind.JSON, "/api/v1/admin/accounts", "{}");
        rule("POST /api/v1/admin/accounts/{email}/tokens", Rule.ADMIN, Kind.JSON,
                "/api/v1/admin/accounts/{person}/tokens", "{}");
        rule("DELETE /api/v1/admin/accounts/{email}/second-factor", Rule.ADMIN, Kind.NONE,
                "/api/v1/admin/accounts/{person}/second-factor", null);
        rule("POST /api/v1/admin/imports", Rule.ADMIN, Kind.MULTIPART, "/api/v1/admin/imports", null);
        rule("POST /api/v1/publiccode/validate", Rule.ANYONE, Kind.YAML, "/api/v1/publiccode/validate",
                "publiccodeYmlVersion: \"0\"\n");
        rule("PUT /api/v1/organisations/{organisation}/usages/{product}", Rule.ORGANISATION_ADMIN, Kind.JSON,
                "/api/v1/organisations/{org}/usages/{product}", "{\"status\": \"production\"}");
        rule("POST /api/v1/organisations/{organisation}/people", Rule.ORGANISATION_ADMIN, Kind.JSON,
                "/api/v1/organisations/{org}/people", "{\"email\": \"walker@{org}.dk\", \"name\": \"Walker\"}");
        rule("PUT /api/v1/organisations/{organisation}/people/{email}", Rule.ORGANISATION_ADMIN, Kind.JSON,
                "/api/v1/organisations/{org}/people/{person}", "{\"name\": \"Walker\"}");
        rule("DELETE /api/v1/organisations/{organisation}/people/{email}", Rule.ORGANISATION_ADMIN, Kind.NONE,
                "/api/v1/organisations/{org}/people/{person}", null);
        rule("POST /api/v1/products/{key}/repositories", Rule.PRODUCT_MANAGER, Kind.JSON,
                "/api/v1/products/{product}/repositories", "{\"url\": \"https://127.0.0.1/refused.git\"}");
        rule("POST /api/v1/products/{key}/harvest", Rule.PRODUCT_MANAGER, Kind.NONE, "/api/v1/products/{product}/harvest", null);
        rule("POST /api/v1/products/{key}/publiccode", Rule.PRODUCT_MANAGER, Kind.YAML,
                "/api/v1/products/{product}/publiccode", "name: x\n");
        rule("PUT /api/v1/products/{key}", Rule.PRODUCT_MANAGER, Kind.JSON, "/api/v1/products/{product}", "{}");
        // conflict 0 does not exist: the product's managers get 404, everyone else 401/403 first
        rule("POST /api/v1/products/{key}/publiccode-conflicts/{id}", Rule.PRODUCT_MANAGER, Kind.JSON,
                "/api/v1/products/{product}/publiccode-conflicts/0", "{\"choice\": \"keep\"}");
        for (String path : new String[] {"/produkter/{key}/publiccode-konflikter/{id}",
                "/products/{key}/publiccode-conflicts/{id}"}) {
            rule("POST " + path, Rule.PRODUCT_MANAGER, Kind.FORM,
                    path.replace("{key}", "{product}").replace("{id}", "0"), "choice=keep");
        }
        for (String[] page : new String[][] {{"/produkter/{key}/rediger", "/products/{key}/edit"},
                {"/produkter/{key}/kodedepoter", "/products/{key}/repositories"},
                {"/produkter/{key}/hoest", "/products/{key}/harvest"},
                {"/produkter/{key}/publiccode", "/products/{key}/publiccode"}}) {
            for (String path : page) {
                rule("POST " + path, Rule.PRODUCT_MANAGER, Kind.FORM, path.replace("{key}", "{product}"), "revision=0");
            }
        }
        rule("POST /api/v1/admin/search/reindex", Rule.ADMIN, Kind.NONE, "/api/v1/admin/search/reindex", null);

        // One's own account: whoever is signed in acts on their own account only.
        rule("POST /konto/tokens", Rule.SIGNED_IN, Kind.FORM, "/konto/tokens", "name=");
        rule("POST /konto/tokens/{id}/tilbagekald", Rule.SIGNED_IN, Kind.FORM, "/konto/tokens/0/tilbagekald", "x=");
        rule("POST /konto/adgangskode", Rule.SIGNED_IN, Kind.FORM, "/konto/adgangskode", "currentPassword=x");
        rule("POST /konto/glemt", Rule.ANYONE, Kind.FORM, "/konto/glemt", "email=nobody@example.org");
        rule("POST /konto/{kind:nulstil|invitation}", Rule.ANYONE, Kind.FORM, "/konto/nulstil", "token=x&password=x");
        // Deleting and enrolling act on a real account, which these sessions have none of: MyAccountTest and
        // SecondFactorTest sign in for real. The TOTP step needs a partly signed-in admin: SecondFactorTest.
        rule("POST /konto/slet", Rule.NOT_WALKED, Kind.FORM, null, null);
        rule("POST /konto/totp", Rule.NOT_WALKED, Kind.FORM, null, null);
        rule("POST /login/totp", Rule.NOT_WALKED, Kind.FORM, null, null);

        // The forum: writing needs a signed-in account; the records (topic 0, post 0) do not exist, so the
        // allowed callers get 404 or 422. Acting on someone else's post (accept, edit, hide, moderate) depends
        // on the post's author and category: ForumApiTest covers those rules.
        rule("POST /api/v1/forum/topics", Rule.SIGNED_IN, Kind.JSON, "/api/v1/forum/topics", "{}");
        rule("POST /api/v1/forum/topics/{id}/posts", Rule.SIGNED_IN, Kind.JSON, "/api/v1/forum/topics/0/posts", "{}");
        rule("POST /api/v1/forum/posts/{id}/likes", Rule.SIGNED_IN, Kind.NONE, "/api/v1/forum/posts/0/likes", null);
        rule("DELETE /api/v1/forum/posts/{id}/likes", Rule.SIGNED_IN, Kind.NONE, "/api/v1/forum/posts/0/likes", null);
        rule("POST /api/v1/forum/posts/{id}/flags", Rule.SIGNED_IN, Kind.JSON, "/api/v1/forum/posts/0/flags", "{}");
        rule("PUT /api/v1/forum/topics/{id}/watch", Rule.SIGNED_IN, Kind.JSON, "/api/v1/forum/topics/0/watch", "{}");
        rule("PUT /api/v1/forum/categories/{key}/watch", Rule.SIGNED_IN, Kind.JSON,
                "/api/v1/forum/categories/general/watch", "{}");
        rule("PUT /api/v1/forum/products/{key}/watch", Rule.SIGNED_IN, Kind.JSON,
                "/api/v1/forum/products/{product}/watch", "{}");
        for (String record : new String[] {"POST /api/v1/forum/posts/{id}/accept", "DELETE /api/v1/forum/posts/{id}/accept",
                "PUT /api/v1/forum/posts/{id}", "POST /api/v1/forum/posts/{id}/hidden",
                "POST /api/v1/forum/topics/{id}/moderation", "POST /forum/indlaeg/{id}/accept",
                "POST /forum/indlaeg/{id}/rediger", "POST /forum/topics/{id}/moderer", "POST /forum/indlaeg/{id}/skjul",
                "POST /forum/anmeldelser/{id}/afvis"}) {
            rule(record, Rule.NOT_WALKED, Kind.NONE, null, null);
        }
        rule("POST /forum/ny", Rule.SIGNED_IN, Kind.FORM, "/forum/ny", "title=&body=");
        rule("POST /forum/topics/{id}/svar", Rule.SIGNED_IN, Kind.FORM, "/forum/topics/0/svar", "body=");
        rule("POST /forum/indlaeg/{id}/like", Rule.SIGNED_IN, Kind.FORM, "/forum/indlaeg/0/like", "x=");
        rule("POST /forum/indlaeg/{id}/anmeld", Rule.SIGNED_IN, Kind.FORM, "/forum/indlaeg/0/anmeld", "reason=");
        rule("POST /forum/topics/{id}/foelg", Rule.SIGNED_IN, Kind.FORM, "/forum/topics/0/foelg", "x=");
        rule("POST /forum/kategorier/{key}/foelg", Rule.SIGNED_IN, Kind.FORM, "/forum/kategorier/general/foelg", "x=");
        rule("POST /forum/produkter/{key}/foelg", Rule.SIGNED_IN, Kind.FORM, "/forum/produkter/{product}/foelg", "x=");
        rule("POST /forum/afmeld", Rule.ANYONE, Kind.FORM, "/forum/afmeld", "token=forged&frequency=off");

        for (String base : new String[] {"/organisationer/{key}/anvendelser", "/organisations/{key}/usages"}) {
            rule("POST " + base, Rule.ORGANISATION_ADMIN, Kind.FORM, base.replace("{key}", "{org}"),
                    "product={product}&status=production");
            rule("POST " + base + "/{product}", Rule.ORGANISATION_ADMIN, Kind.FORM,
                    base.replace("{key}", "{org}") + "/{product}", "status=production&revision=0");
        }
        for (String base : new String[] {"/organisationer/{key}/personer", "/organisations/{key}/people"}) {
            rule("POST " + base, Rule.ORGANISATION_ADMIN, Kind.FORM, base.replace("{key}", "{org}"),
                    "email=walker2@{org}.dk&name=Walker");
            rule("POST " + base + "/{email}", Rule.ORGANISATION_ADMIN, Kind.FORM,
                    base.replace("{key}", "{org}") + "/{person}", "name=Walker&revision=0");
            rule("POST " + base + "/{email}/slet", Rule.ORGANISATION_ADMIN, Kind.FORM,
                    base.replace("{key}", "{org}") + "/{person}/slet", "revision=0");
        }
        rule("POST /admin/konti", Rule.ADMIN, Kind.FORM, "/admin/konti", "name=&email=");
        rule("POST /admin/konti/totp-nulstil", Rule.ADMIN, Kind.FORM, "/admin/konti/totp-nulstil", "email={person}");
        rule("POST /admin/import", Rule.ADMIN, Kind.MULTIPART, "/admin/import", null);
        rule("POST /admin/konti/roller", Rule.ADMIN, Kind.FORM, "/admin/konti/roller", "email={person}&member=true");
        rule("POST /admin/konti/aktiv", Rule.ADMIN, Kind.FORM, "/admin/konti/aktiv", "email={person}&enabled=true");
        rule("POST /admin/konti/invitation", Rule.ADMIN, Kind.FORM, "/admin/konti/invitation", "email={person}");

        // The registry over time: membership periods and mergers are the secretariat's; participations the
        // organisation's own. The records (participation 0) do not exist, so the allowed get 404 or 422.
        rule("PUT /api/v1/organisations/{key}/memberships", Rule.ADMIN, Kind.JSON,
                "/api/v1/organisations/{org}/memberships", "[{\"since\": \"2015-01-01\"}]");
        rule("POST /api/v1/admin/organisations/{key}/merge", Rule.ADMIN, Kind.JSON,
                "/api/v1/admin/organisations/{org}/merge", "{}");
        rule("POST /api/v1/organisations/{organisation}/participations", Rule.ORGANISATION_ADMIN, Kind.JSON,
                "/api/v1/organisations/{org}/participations", "{}");
        rule("PUT /api/v1/organisations/{organisation}/participations/{id}", Rule.ORGANISATION_ADMIN, Kind.JSON,
                "/api/v1/organisations/{org}/participations/0", "{}");
        rule("DELETE /api/v1/organisations/{organisation}/participations/{id}", Rule.ORGANISATION_ADMIN, Kind.NONE,
                "/api/v1/organisations/{org}/participations/0", null);
        for (String path : new String[] {"/organisationer/{key}/medlemskab", "/organisations/{key}/memberships"}) {
            rule("POST " + path, Rule.ADMIN, Kind.FORM, path.replace("{key}", "{org}"), "revision=0");
        }
        for (String path : new String[] {"/admin/organisationer/{key}/sammenlaeg", "/admin/organisations/{key}/merge"}) {
            rule("POST " + path, Rule.ADMIN, Kind.FORM, path.replace("{key}", "{org}"), "into=&on=");
        }
        for (String base : new String[] {"/organisationer/{key}/deltagelser", "/organisations/{key}/participations"}) {
            rule("POST " + base, Rule.ORGANISATION_ADMIN, Kind.FORM, base.replace("{key}", "{org}"), "person=&role=");
            rule("POST " + base + "/{id}", Rule.ORGANISATION_ADMIN, Kind.FORM, base.replace("{key}", "{org}") + "/0",
                    "role=developer&revision=0");
            rule("POST " + base + "/{id}/slet", Rule.ORGANISATION_ADMIN, Kind.FORM,
                    base.replace("{key}", "{org}") + "/0/slet", "revision=0");
        }
        // Security notices: publishing is the product's managers'; a status the organisation's admins'. Notice 0 does
        // not exist, so the allowed get 404 or 422. Editing depends on the notice's product: SecurityNoticeRightsTest
        // (API) and SecurityNoticePagesTest (form) cover it.
        rule("POST /api/v1/products/{key}/security-notices", Rule.PRODUCT_MANAGER, Kind.JSON,
                "/api/v1/products/{product}/security-notices", "{}");
        rule("PUT /api/v1/security-notices/{id}", Rule.NOT_WALKED, Kind.JSON, null, null);
        rule("PUT /api/v1/security-notices/{id}/organisations/{org}", Rule.ORGANISATION_ADMIN, Kind.JSON,
                "/api/v1/security-notices/0/organisations/{org}", "{\"status\": \"resolved\"}");
        for (String path : new String[] {"/sikkerhed/ny", "/security/new"}) {
            rule("POST " + path, Rule.PRODUCT_MANAGER, Kind.FORM, path, "product={product}&title=");
        }
        for (String path : new String[] {"/sikkerhed/{id:\\d+}/ret", "/security/{id:\\d+}/edit"}) {
            rule("POST " + path, Rule.NOT_WALKED, Kind.FORM, null, null);
        }
        for (String path : new String[] {"/sikkerhed/{id:\\d+}/status/{org}", "/security/{id:\\d+}/status/{org}"}) {
            rule("POST " + path, Rule.ORGANISATION_ADMIN, Kind.FORM, path.replace("{id:\\d+}", "0"), "status=resolved");
        }
        // Governance (§9): a product's decisions, fees, budgets and reports are its managers'; stages, ratings, the
        // association's decisions, fees and requirements the administrators'. With empty bodies the allowed get 400 or
        // 422. Bodies and their members depend on the body's product: GovernanceApiTest walks them.
        rule("POST /api/v1/products/{key}/decisions", Rule.PRODUCT_MANAGER, Kind.JSON,
                "/api/v1/products/{product}/decisions", "{}");
        rule("PUT /api/v1/products/{key}/fees/{year}", Rule.PRODUCT_MANAGER, Kind.JSON,
                "/api/v1/products/{product}/fees/2026", "[]");
        rule("PUT /api/v1/products/{key}/budgets/{year}", Rule.PRODUCT_MANAGER, Kind.JSON,
                "/api/v1/products/{product}/budgets/2026", "{}");
        rule("PUT /api/v1/products/{key}/governance-reports/{year}", Rule.PRODUCT_MANAGER, Kind.JSON,
                "/api/v1/products/{product}/governance-reports/2026", "{}");
        rule("PUT /api/v1/products/{key}/governance-reports/{year}/rating", Rule.ADMIN, Kind.JSON,
                "/api/v1/products/{product}/governance-reports/2026/rating", "{}");
        rule("POST /api/v1/products/{key}/stages", Rule.ADMIN, Kind.JSON, "/api/v1/products/{product}/stages", "{}");
        rule("POST /api/v1/governance/decisions", Rule.ADMIN, Kind.JSON, "/api/v1/governance/decisions", "{}");
        rule("PUT /api/v1/governance/fees/{year}", Rule.ADMIN, Kind.JSON, "/api/v1/governance/fees/2026", "[]");
        rule("PUT /api/v1/governance/requirements/{key}", Rule.ADMIN, Kind.JSON,
                "/api/v1/governance/requirements/walker", "{}");
        for (String record : new String[] {"PUT /api/v1/bodies/{key}", "POST /api/v1/bodies/{key}/members",
                "DELETE /api/v1/bodies/{key}/members/{id}"}) {
            rule(record, Rule.NOT_WALKED, Kind.NONE, null, null);
        }
        // Events (§11): signing up is anyone's signed in (event "walker" does not exist, so they get 404). Creating
        // and changing an event depends on its product, body and organisers, known once the event is read:
        // EventPolicyTest and EventApiTest walk those, EventAttachmentsTest the files; the forms (nyt, rediger, aflys)
        // EventPagesTest.
        rule("POST /api/v1/events/{key}/registrations", Rule.SIGNED_IN, Kind.NONE,
                "/api/v1/events/walker/registrations", null);
        rule("DELETE /api/v1/events/{key}/registrations/me", Rule.SIGNED_IN, Kind.NONE,
                "/api/v1/events/walker/registrations/me", null);
        rule("POST /arrangementer/{key}/tilmeld", Rule.SIGNED_IN, Kind.FORM, "/arrangementer/walker/tilmeld", "x=");
        rule("POST /arrangementer/{key}/afmeld", Rule.SIGNED_IN, Kind.FORM, "/arrangementer/walker/afmeld", "x=");
        rule("POST /konto/kalender", Rule.SIGNED_IN, Kind.FORM, "/konto/kalender", "x=");
        // Creating an event of a product: who may is decided before its fields are read (422 only to those who may).
        rule("POST /api/v1/events", Rule.PRODUCT_MANAGER, Kind.JSON, "/api/v1/events", "{\"product\": \"{product}\"}");
        for (String record : new String[] {"PUT /api/v1/events/{key}",
                "POST /api/v1/events/{key}/cancel", "PUT /api/v1/events/{key}/afterwards", "PUT /api/v1/events/{key}/attendance",
                "POST /api/v1/events/{key}/forum-topic", "DELETE /api/v1/events/{key}/registrations/{email}",
                "POST /arrangementer/{key}/efterfoelgende", "POST /arrangementer/{key}/forum",
                "POST /arrangementer/{key}/fremmoede", "POST /arrangementer/nyt", "POST /arrangementer/{key}/rediger",
                "POST /arrangementer/{key}/aflys", "POST /api/v1/events/{key}/attachments",
                "DELETE /api/v1/events/{key}/attachments/{id}", "POST /arrangementer/{key}/bilag",
                "POST /arrangementer/{key}/bilag/{id}/slet"}) {
            rule(record, Rule.NOT_WALKED, Kind.NONE, null, null);
        }
        rule("ANY /error", Rule.NOT_WALKED, Kind.NONE, null, null);
    }

    private static void rule(String key, Rule rule, Kind kind, String path, String body) {
        RULES.put(key, new Endpoint(rule, kind, path, body));
    }

    record Target(String org, String product, String person) {
    }

    static final Target OWN = new Target("aarhus", "os2mo", "mette@aarhus.dk");
    static final Target FOREIGN = new Target("odense", "os2forms", "ole@odense.dk");

    /** A role as a signed-in browser session would carry it; null authentication for the anonymous visitor. */
    record Caller(String name, Authentication authentication) {
    }

    static final List<Caller> CALLERS = List.of(
            new Caller("anonymous", null),
            new Caller("member of aarhus", SignedIn.as("m@aarhus.dk", "aarhus", member())),
            new Caller("product-manager of os2mo", SignedIn.as("pm@aarhus.dk", "aarhus", productManager("os2mo"))),
            new Caller("organisation-admin of aarhus", SignedIn.as("oa@aarhus.dk", "aarhus", organisationAdmin("aarhus"))),
            new Caller("admin", SignedIn.as("sek@os2.eu", null, admin())));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        var odense = fixtures.municipality("odense", "Odense Kommune", "461", null);
        var os2mo = fixtures.product("os2mo", "OS2mo", aarhus);
        var os2forms = fixtures.product("os2forms", "OS2forms", odense);
        fixtures.usage(aarhus, os2mo, UsageStatus.PILOT, "1");
        fixtures.usage(odense, os2forms, UsageStatus.PILOT, "1");
        fixtures.participation(fixtures.person("mette@aarhus.dk", "Mette", aarhus), os2mo, ParticipationRole.DEVELOPER, "1");
        fixtures.person("ole@odense.dk", "Ole", odense);
    }

    @Test
    void everyMutatingEndpointHasARule() {
        Set<String> declared = mutatingEndpoints();
        assertThat(declared).as("endpoints without a rule in MutatingEndpointsTest.RULES: decide who may use them")
                .isSubsetOf(RULES.keySet());
        assertThat(RULES.keySet()).as("rules for endpoints that no longer exist").isSubsetOf(declared);
    }

    @Test
    void everyRoleGetsTheAnswerItsRuleSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (var entry : RULES.entrySet()) {
            var endpoint = entry.getValue();
            if (endpoint.rule() == Rule.NOT_WALKED) {
                continue;
            }
            for (Target target : List.of(FOREIGN, OWN)) {
                for (Caller caller : CALLERS) {
                    boolean allowed = allowed(endpoint.rule(), caller, target);
                    var response = mvc.perform(build(entry.getKey(), endpoint, caller, target)).andReturn().getResponse();
                    int status = response.getStatus();
                    String location = response.getRedirectedUrl();
                    boolean toSignIn = status == 302 && location != null && location.endsWith("/login");
                    String outcome = status + (location == null ? "" : " → " + location);
                    if (allowed && (status == 401 || status == 403 || toSignIn || status >= 500)) {
                        wrong.add(describe(entry.getKey(), caller, target, "allowed", outcome));
                    }
                    if (!allowed) {
                        boolean api = endpoint.path().startsWith("/api/");
                        int expected = caller.authentication() == null ? (api ? 401 : 302) : 403;
                        boolean right = expected == 302 ? toSignIn : status == expected;
                        if (!right) {
                            wrong.add(describe(entry.getKey(), caller, target, expected == 302 ? "302 → /login"
                                    : String.valueOf(expected), outcome));
                        }
                    }
                }
            }
        }
        assertThat(wrong).as("answers that do not match the rules").isEmpty();
    }

    private static boolean allowed(Rule rule, Caller caller, Target target) {
        var user = caller.authentication() == null ? null : (SignedInUser) caller.authentication().getPrincipal();
        return switch (rule) {
            case ANYONE -> true;
            case SIGNED_IN -> user != null;
            case ORGANISATION_ADMIN -> user != null && user.administers(target.org());
            case ADMIN -> user != null && user.isAdmin();
            case PRODUCT_MANAGER -> user != null && user.manages(target.product());
            case NOT_WALKED -> throw new IllegalStateException();
        };
    }

    private static AbstractMockHttpServletRequestBuilder<?> build(String key,
            Endpoint endpoint, Caller caller, Target target) {
        String method = key.substring(0, key.indexOf(' '));
        String path = fill(endpoint.path(), target);
        AbstractMockHttpServletRequestBuilder<?> request = endpoint.kind() == Kind.MULTIPART
                ? MockMvcRequestBuilders.multipart(path) : request(HttpMethod.valueOf(method), path);
        // Browser sessions send the CSRF token; whether a request without it is refused is tested elsewhere.
        request.with(csrf());
        if (caller.authentication() != null) {
            request.with(authentication(caller.authentication()));
        }
        String body = endpoint.body() == null ? null : fill(endpoint.body(), target);
        switch (endpoint.kind()) {
            case JSON -> request.contentType(MediaType.APPLICATION_JSON).content(body);
            case YAML -> request.contentType("application/yaml").content(body);
            case FORM -> {
                for (String pair : body.split("&")) {
                    String[] nameValue = pair.split("=", 2);
                    request.param(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
                }
            }
            case MULTIPART, NONE -> { }
        }
        return request;
    }

    private static String fill(String text, Target target) {
        return text.replace("{org}", target.org()).replace("{product}", target.product())
                .replace("{person}", target.person());
    }

    private static String describe(String endpoint, Caller caller, Target target, String expected, String actual) {
        return endpoint + " as " + caller.name() + " on " + target.org() + "/" + target.product()
                + ": expected " + expected + ", was " + actual;
    }

    private Set<String> mutatingEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + pattern);
                }
                methods.stream().map(Enum::name).filter(m -> Set.of("POST", "PUT", "PATCH", "DELETE").contains(m))
                        .forEach(m -> endpoints.add(m + " " + pattern));
            }
        });
        return endpoints;
    }
}
