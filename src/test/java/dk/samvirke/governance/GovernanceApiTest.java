package dk.samvirke.governance;

import static dk.samvirke.support.TestAccounts.admin;
import static dk.samvirke.support.TestAccounts.member;
import static dk.samvirke.support.TestAccounts.organisationAdmin;
import static dk.samvirke.support.TestAccounts.productManager;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who may write what in governance (interfaces.md §9), every write through the real HTTP API: a product's
 * bodies, members, decisions, fees and budgets are its managers' and the administrators'; the association's
 * and every stage are the administrators'.
 */
@IntegrationTest
class GovernanceApiTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    TestAccounts accounts;
    @LocalServerPort
    int port;

    Http http;
    /** Who, as an Authorization header (null: anonymous). */
    Map<String, String> who;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        fixtures.product("os2mo", "OS2mo", aarhus);
        fixtures.product("os2kitos", "OS2kitos", aarhus);
        fixtures.person("mette@aarhus.dk", "Mette Hansen", aarhus);
        who = new LinkedHashMap<>();
        who.put("anonymous", null);
        who.put("member", accounts.bearer("m@aarhus.dk", "aarhus", member()));
        who.put("organisation-admin", accounts.bearer("oa@aarhus.dk", "aarhus", organisationAdmin("aarhus")));
        who.put("other-manager", accounts.bearer("pm2@aarhus.dk", "aarhus", productManager("os2kitos")));
        who.put("manager", accounts.bearer("pm@aarhus.dk", "aarhus", productManager("os2mo")));
        who.put("admin", accounts.bearer("sek@os2.eu", null, admin()));
    }

    Http.Response send(String method, String path, String body, String as, String... extra) {
        String auth = who.get(as);
        String[] headers = auth == null ? extra : concat(new String[] {"Authorization", auth}, extra);
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        return switch (method) {
            case "PUT" -> http.put(path, "application/json", bytes, headers);
            case "POST" -> http.post(path, "application/json", bytes, headers);
            case "DELETE" -> http.delete(path, headers);
            default -> throw new IllegalArgumentException(method);
        };
    }

    static String[] concat(String[] a, String[] b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** Status per actor; every actor but those in {@code allowed} is refused (401 anonymous, else 403). */
    void onlyThese(String method, java.util.function.IntFunction<String> path, java.util.function.IntFunction<String> body,
            java.util.Set<Integer> success, String... allowed) {
        var mayWrite = java.util.Set.of(allowed);
        int n = 0;
        for (String as : who.keySet()) {
            var answer = send(method, path.apply(n), body.apply(n), as);
            if (mayWrite.contains(as)) {
                assertThat(success).as(method + " " + path.apply(n) + " as " + as + ": " + answer.body())
                        .contains(answer.status());
            } else {
                assertThat(answer.status()).as(method + " " + path.apply(n) + " as " + as)
                        .isEqualTo(as.equals("anonymous") ? 401 : 403);
            }
            n++;
        }
    }

    static final java.util.Set<Integer> CREATED = java.util.Set.of(201);
    static final java.util.Set<Integer> OK = java.util.Set.of(200, 201);

    @Test
    void aProductsBodiesAreItsManagersAndTheAdminsTheAssociationsTheAdminsOnly() {
        onlyThese("PUT", n -> "/api/v1/bodies/os2mo-sg-" + n, n -> """
                {"name": "Styregruppe", "type": "steering-committee", "product": "os2mo", "mandate": "Styrer"}""",
                CREATED, "manager", "admin");
        onlyThese("PUT", n -> "/api/v1/bodies/board-" + n, n -> """
                {"name": "Bestyrelsen", "type": "board"}""", CREATED, "admin");
        assertThat(jdbc.queryForObject("select count(*) from governance_body", Integer.class)).isEqualTo(3);
    }

    @Test
    void membersOfABodyFollowItsProduct() {
        send("PUT", "/api/v1/bodies/sg", """
                {"name": "Styregruppe", "type": "steering-committee", "product": "os2mo"}""", "admin");
        send("PUT", "/api/v1/bodies/board", """
                {"name": "Bestyrelsen", "type": "board"}""", "admin");
        onlyThese("POST", n -> "/api/v1/bodies/sg/members", n -> """
                {"person": "mette@aarhus.dk", "since": "20%02d-01-01", "until": "20%02d-01-01", "chair": true}"""
                .formatted(10 + n, 11 + n), CREATED, "manager", "admin");
        onlyThese("POST", n -> "/api/v1/bodies/board/members", n -> """
                {"person": "mette@aarhus.dk", "since": "20%02d-01-01", "until": "20%02d-01-01"}"""
                .formatted(10 + n, 11 + n), CREATED, "admin");
        assertThat(jdbc.queryForObject("select count(*) from participation where body_key = 'sg' and chair", Integer.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select role from participation where body_key = 'board'", String.class))
                .isEqualTo("board");
        long id = jdbc.queryForObject("select min(id) from participation where body_key = 'sg'", Long.class);
        assertThat(send("DELETE", "/api/v1/bodies/sg/members/" + id, null, "other-manager").status()).isEqualTo(403);
        assertThat(send("DELETE", "/api/v1/bodies/sg/members/" + id, null, "manager").status()).isEqualTo(204);
        assertThat(send("DELETE", "/api/v1/bodies/sg/members/" + id, null, "manager").status()).isEqualTo(404);
        // the overlap rule of participations holds for members too
        var overlapping = send("POST", "/api/v1/bodies/board/members", """
                {"person": "mette@aarhus.dk", "since": "2010-06-01"}""", "admin");
        assertThat(overlapping.status()).isEqualTo(422);
        assertThat(send("POST", "/api/v1/bodies/board/members", """
                {"person": "nobody@aarhus.dk"}""", "admin").json().get("errors").get(0).get("field").asString())
                .isEqualTo("person");
    }

    @Test
    void decisionsOfAProductAreItsManagersAndTheAdminsAndABodyOfAnotherProductIs422() {
        send("PUT", "/api/v1/bodies/sg", """
                {"name": "Styregruppe", "type": "steering-committee", "product": "os2mo"}""", "admin");
        send("PUT", "/api/v1/bodies/kitos-sg", """
                {"name": "Styregruppe", "type": "steering-committee", "product": "os2kitos"}""", "admin");
        send("PUT", "/api/v1/bodies/board", """
                {"name": "Bestyrelsen", "type": "board"}""", "admin");
        onlyThese("POST", n -> "/api/v1/products/os2mo/decisions", n -> """
                {"body": "sg", "date": "2026-03-01", "title": "Vi går til N2", "text": "**Ja**"}""", CREATED, "manager",
                "admin");
        onlyThese("POST", n -> "/api/v1/governance/decisions", n -> """
                {"body": "board", "date": "2026-03-01", "title": "Kontingent"}""", CREATED, "admin");
        // made from date and title, unique
        assertThat(jdbc.queryForList("select decision_key from governance_decision order by id", String.class))
                .containsExactly("2026-03-01-vi-gaar-til-n2", "2026-03-01-vi-gaar-til-n2-2", "2026-03-01-kontingent");

        var foreign = send("POST", "/api/v1/products/os2mo/decisions", """
                {"body": "kitos-sg", "date": "2026-03-01", "title": "X"}""", "manager");
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
        var association = send("POST", "/api/v1/products/os2mo/decisions", """
                {"body": "board", "date": "2026-03-01", "title": "X"}""", "admin");
        assertThat(association.status()).isEqualTo(422);
        var invalid = send("POST", "/api/v1/products/os2mo/decisions", """
                {"body": "sg", "date": "2026-02-30"}""", "manager");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("date", "title");
        var created = send("POST", "/api/v1/products/os2mo/decisions", """
                {"key": "n3", "body": "sg", "date": "2026-05-01", "title": "N3"}""", "manager");
        assertThat(created.header("Location")).isEqualTo("/api/v1/decisions/n3");
        assertThat(send("POST", "/api/v1/products/os2mo/decisions", """
                {"key": "n3", "body": "sg", "date": "2026-05-01", "title": "N3"}""", "manager").status()).isEqualTo(422);
    }

    @Test
    void aDecisionLinksToTheMeetingItWasMadeAtAndTheBodysMembersMayOrganiseItsMeetings() {
        send("PUT", "/api/v1/bodies/sg", """
                {"name": "Styregruppe", "type": "steering-committee", "product": "os2mo"}""", "admin");
        String starts = java.time.LocalDate.now(dk.samvirke.shared.TimeConfiguration.COPENHAGEN).plusDays(10) + "T10:00";
        String ends = java.time.LocalDate.now(dk.samvirke.shared.TimeConfiguration.COPENHAGEN).plusDays(10) + "T12:00";
        // an ordinary member may not organise a meeting of the body, until they sit in it
        String meeting = """
                {"key": "sg-%s", "title": "Styregruppemøde", "kind": "meeting", "starts": "%s", "ends": "%s",
                 "product": "os2mo", "body": "sg"}""";
        assertThat(send("POST", "/api/v1/events", meeting.formatted(1, starts, ends), "member").status()).isEqualTo(403);
        if (jdbc.queryForObject("select count(*) from person where email = 'm@aarhus.dk'", Integer.class) == 0) {
            fixtures.person("m@aarhus.dk", "Mads Member", null);
        }
        assertThat(send("POST", "/api/v1/bodies/sg/members", """
                {"person": "m@aarhus.dk", "since": "2020-01-01"}""", "admin").status()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/events", meeting.formatted(1, starts, ends), "member").status()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/events", meeting.formatted(2, starts, ends).replace("\"sg\"", "\"nobody\""),
                "admin").status()).isEqualTo(422);

        var unknown = send("POST", "/api/v1/products/os2mo/decisions", """
                {"body": "sg", "date": "2026-03-01", "title": "X", "event": "no-such-meeting"}""", "manager");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("event");
        var decided = send("POST", "/api/v1/products/os2mo/decisions", """
                {"key": "d1", "body": "sg", "date": "2026-03-01", "title": "X", "event": "sg-1"}""", "manager");
        assertThat(decided.status()).isEqualTo(201);
        var read = http.get("/api/v1/decisions/d1").json();
        assertThat(read.at("/meeting/key").asString()).isEqualTo("sg-1");
        assertThat(read.at("/meeting/url").asString()).isEqualTo("/arrangementer/sg-1");
    }

    @Test
    void decisionsAreFoundBySearchAsSoonAsTheyAreWritten() {
        send("PUT", "/api/v1/bodies/sg", """
                {"name": "Styregruppe", "type": "steering-committee", "product": "os2mo"}""", "admin");
        send("POST", "/api/v1/products/os2mo/decisions", """
                {"key": "budget-2027", "body": "sg", "date": "2026-03-01", "title": "Budgettet for 2027 er vedtaget",
                 "text": "Styregruppen vedtog **budgettet** og en ny fordelingsnøgle."}""", "manager");
        var answer = http.get("/api/v1/search?q=fordelingsn%C3%B8gle").json();
        assertThat(answer.at("/counts/decisions").asLong()).isEqualTo(1);
        assertThat(answer.at("/groups/decisions/items/0/url").asString()).isEqualTo("/beslutninger/budget-2027");
        assertThat(answer.at("/groups/decisions/items/0/title").asString()).contains("Budgettet");
        // and the next one too
        send("POST", "/api/v1/products/os2mo/decisions", """
                {"key": "pilot", "body": "sg", "date": "2026-04-01", "title": "Pilotdrift i Ishøj"}""", "manager");
        assertThat(http.get("/api/v1/search?q=pilotdrift").json().at("/counts/decisions").asLong()).isEqualTo(1);
    }

    @Test
    void stagesAreTheAdminsOnly() {
        send("PUT", "/api/v1/bodies/sg", """
                {"name": "Styregruppe", "type": "steering-committee", "product": "os2mo"}""", "admin");
        send("POST", "/api/v1/products/os2mo/decisions", """
                {"key": "d", "body": "sg", "date": "2026-03-01", "title": "N1"}""", "admin");
        onlyThese("POST", n -> "/api/v1/products/os2mo/stages", n -> """
                {"stage": "n1", "since": "2026-03-%02d", "decision": "d"}""".formatted(n + 1), CREATED, "admin");
        assertThat(jdbc.queryForObject("select count(*) from product_stage", Integer.class)).isEqualTo(1);
        var invalid = send("POST", "/api/v1/products/os2mo/stages", """
                {"stage": "n4", "decision": "nothing"}""", "admin");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("stage", "since", "decision");
        assertThat(send("POST", "/api/v1/products/nothing/stages", """
                {"stage": "n1", "since": "2026-01-01"}""", "admin").status()).isEqualTo(404);
    }

    @Test
    void feesAndBudgetsOfAProductAreItsManagersAndTheAdminsTheMembershipFeeTheAdminsOnly() {
        onlyThese("PUT", n -> "/api/v1/products/os2mo/fees/2026", n -> """
                [{"kind": "annual", "band": "small", "memberAmount": "1000", "nonMemberAmount": "1500"},
                 {"kind": "joining", "band": "all", "memberAmount": "500"}]""", OK, "manager", "admin");
        onlyThese("PUT", n -> "/api/v1/governance/fees/2026", n -> """
                [{"kind": "annual", "band": "all", "memberAmount": "2500"}]""", OK, "admin");
        onlyThese("PUT", n -> "/api/v1/products/os2mo/budgets/2026", n -> """
                {"amount": "250000"}""", OK, "manager", "admin");
        assertThat(jdbc.queryForObject("select count(*) from governance_fee", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select amount from product_budget", java.math.BigDecimal.class))
                .isEqualByComparingTo("250000");

        var invalid = send("PUT", "/api/v1/products/os2mo/fees/2026", """
                [{"kind": "annual", "band": "equal", "memberAmount": "5"},
                 {"kind": "yearly", "band": "small", "memberAmount": "-1"},
                 {"kind": "annual", "band": "equal"}]""", "manager");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("fees[0].memberAmount", "fees[1].kind", "fees[1].memberAmount",
                        "fees[2].band");
        // nothing half-written: the fees of before stay
        assertThat(jdbc.queryForObject("select count(*) from governance_fee", Integer.class)).isEqualTo(3);
        assertThat(send("PUT", "/api/v1/products/os2mo/budgets/2026", "{\"amount\": \"abc\"}", "manager").status())
                .isEqualTo(422);
    }

    @Test
    void aBodysChangeNeedsTheCurrentRevisionAndCannotMoveToAnotherProduct() {
        var created = send("PUT", "/api/v1/bodies/sg", """
                {"name": "Styregruppe", "type": "steering-committee", "product": "os2mo"}""", "manager");
        String etag = created.header("ETag");
        var changed = send("PUT", "/api/v1/bodies/sg", """
                {"name": "Styregruppen", "type": "steering-committee", "product": "os2mo"}""", "manager", "If-Match", etag);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(send("PUT", "/api/v1/bodies/sg", """
                {"name": "Igen", "type": "steering-committee", "product": "os2mo"}""", "manager", "If-Match", etag)
                .status()).isEqualTo(412);
        // the other product's manager may not take it, and an admin may not move it
        assertThat(send("PUT", "/api/v1/bodies/sg", """
                {"name": "X", "type": "steering-committee", "product": "os2kitos"}""", "other-manager").status())
                .isEqualTo(403);
        var moved = send("PUT", "/api/v1/bodies/sg", """
                {"name": "X", "type": "steering-committee", "product": "os2kitos"}""", "admin");
        assertThat(moved.status()).isEqualTo(422);
        assertThat(moved.json().get("errors").get(0).get("field").asString()).isEqualTo("product");
        var invalid = send("PUT", "/api/v1/bodies/Bad_Key", """
                {"type": "committee", "since": "2020-01-01", "until": "2019-01-01"}""", "admin");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("key", "name", "type", "until");
    }
}
