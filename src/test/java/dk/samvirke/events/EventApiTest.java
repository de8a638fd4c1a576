package dk.samvirke.events;

import static dk.samvirke.support.TestAccounts.admin;
import static dk.samvirke.support.TestAccounts.member;
import static dk.samvirke.support.TestAccounts.productManager;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.MailServer;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The events API over real HTTP (§11): writes and their rights, sign-up answers, the organisers' list, calendars. */
@IntegrationTest
class EventApiTest {

    @RegisterExtension
    static GreenMailExtension mail = MailServer.start();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    TestAccounts accounts;

    Http http;
    String admin;
    String manager;
    String otherManager;
    String anne;
    String bo;

    @BeforeEach
    void setUp() {
        RegistryCleaner.clean(jdbc);
        http = new Http(port);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        fixtures.product("os2mo", "OS2mo", aarhus);
        fixtures.product("os2kitos", "OS2kitos", aarhus);
        admin = accounts.bearer("sek@os2.eu", null, admin());
        manager = accounts.bearer("pm@aarhus.dk", "aarhus", productManager("os2mo"));
        otherManager = accounts.bearer("pk@aarhus.dk", "aarhus", productManager("os2kitos"));
        anne = accounts.bearer("anne@aarhus.dk", "aarhus", member());
        bo = accounts.bearer("bo@aarhus.dk", "aarhus", member());
    }

    static String starts(int days) {
        return LocalDateTime.now(dk.samvirke.shared.TimeConfiguration.COPENHAGEN).plusDays(days).withHour(10).withMinute(0).withSecond(0).withNano(0).toString();
    }

    static byte[] event(String key, String product, Integer capacity, int inDays) {
        String s = starts(inDays);
        return ("""
                {"key": "%s", "title": "Brugergruppemøde %s", "kind": "meeting", "starts": "%s", "ends": "%s",
                 "product": %s, "location": "Dokk1, Aarhus", "capacity": %s, "description": "Dagsorden: **status**",
                 "organisers": ["bo@aarhus.dk"]}
                """).formatted(key, key, s, LocalDateTime.parse(s).plusHours(2), product == null ? "null" : "\"" + product + "\"",
                capacity == null ? "null" : capacity.toString()).getBytes(StandardCharsets.UTF_8);
    }

    Http.Response post(String path, byte[] body, String token, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = token;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.post(path, "application/json", body, all);
    }

    @Test
    void productManagersCreateTheirProductsEventsAndNobodyElses() {
        assertThat(post("/api/v1/events", event("mo-1", "os2mo", 2, 20), manager).status()).isEqualTo(201);
        assertThat(post("/api/v1/events", event("mo-2", "os2mo", 2, 20), otherManager).status()).isEqualTo(403);
        assertThat(post("/api/v1/events", event("assoc", null, 2, 20), manager).status()).isEqualTo(403);
        assertThat(post("/api/v1/events", event("assoc", null, 2, 20), anne).status()).isEqualTo(403);
        assertThat(http.post("/api/v1/events", "application/json", event("anon", null, 2, 20)).status()).isEqualTo(401);
        assertThat(post("/api/v1/events", event("assoc", null, 2, 20), admin).status()).isEqualTo(201);
        assertThat(post("/api/v1/events", event("assoc", null, 2, 20), admin).status()).isEqualTo(409);
        // a body needs the bodies' module: without it a clear 422 on the field
        var withBody = new String(event("body-1", null, null, 20), StandardCharsets.UTF_8)
                .replace("\"product\": null", "\"product\": null, \"body\": \"styregruppe\"");
        var refused = post("/api/v1/events", withBody.getBytes(StandardCharsets.UTF_8), admin);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("body");
        var bad = post("/api/v1/events", "{\"key\": \"x\", \"title\": \"\", \"kind\": \"party\", \"starts\": \"2027-13-01T10:00\"}"
                .getBytes(StandardCharsets.UTF_8), admin);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("title", "kind", "starts", "ends");
        assertThat(jdbc.queryForObject("select count(*) from event", Integer.class)).isEqualTo(2);
    }

    @Test
    void editingNeedsTheCurrentVersionAndGrowsTheSequence() {
        var created = post("/api/v1/events", event("mo-1", "os2mo", 2, 20), manager);
        String etag = created.header("ETag");
        var body = new String(event("mo-1", "os2mo", 3, 21), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        var changed = http.put("/api/v1/events/mo-1", "application/json", body, "Authorization", manager, "If-Match", etag);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("capacity").asInt()).isEqualTo(3);
        var stale = http.put("/api/v1/events/mo-1", "application/json", body, "Authorization", manager, "If-Match", etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(http.put("/api/v1/events/mo-1", "application/json", body, "Authorization", otherManager).status())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("select ical_sequence from event", Integer.class)).isEqualTo(1);
    }

    @Test
    void signUpAnswersAndTheOrganisersList() {
        post("/api/v1/events", event("mo-1", "os2mo", 1, 20), manager);
        var first = post("/api/v1/events/mo-1/registrations", new byte[0], anne);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("status").asText()).isEqualTo("registered");
        var again = post("/api/v1/events/mo-1/registrations", new byte[0], anne);
        assertThat(again.status()).isEqualTo(200);
        var waiting = post("/api/v1/events/mo-1/registrations", new byte[0], admin);
        assertThat(waiting.status()).isEqualTo(201);
        assertThat(waiting.json().get("status").asText()).isEqualTo("waiting");
        assertThat(waiting.json().get("position").asInt()).isEqualTo(1);

        var list = http.get("/api/v1/events/mo-1");
        assertThat(list.json().get("registered").asInt()).isEqualTo(1);
        assertThat(list.json().get("waiting").asInt()).isEqualTo(1);
        assertThat(list.json().get("description").asText()).contains("<strong>status</strong>");

        // the organiser named on the event (bo), the product's manager and admins see the list; members do not
        assertThat(http.get("/api/v1/events/mo-1/registrations", "Authorization", anne).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/events/mo-1/registrations").status()).isEqualTo(401);
        var seen = http.get("/api/v1/events/mo-1/registrations", "Authorization", bo);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().get(0).get("email").asText()).isEqualTo("anne@aarhus.dk");
        assertThat(seen.json().get(1).get("position").asInt()).isEqualTo(1);
        var csv = http.get("/api/v1/events/mo-1/registrations", "Authorization", manager, "Accept", "text/csv");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).contains("name,email,organisation", "anne@aarhus.dk,aarhus,Aarhus Kommune,registered",
                "sek@os2.eu,,,waiting,1");

        // withdrawing gives the seat to the first waiting
        assertThat(http.delete("/api/v1/events/mo-1/registrations/me", "Authorization", anne).status()).isEqualTo(204);
        assertThat(http.get("/api/v1/events/mo-1").json().get("registered").asInt()).isEqualTo(1);
        assertThat(http.get("/api/v1/events/mo-1").json().get("waiting").asInt()).isZero();

        // attendance by the organiser
        var marked = http.put("/api/v1/events/mo-1/attendance", "application/json",
                "{\"sek@os2.eu\": true}".getBytes(StandardCharsets.UTF_8), "Authorization", bo);
        assertThat(marked.status()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select status from event_registration r join person p on p.id = r.person_id"
                + " where p.email = 'sek@os2.eu'", String.class)).isEqualTo("attended");
        assertThat(http.put("/api/v1/events/mo-1/attendance", "application/json",
                "{\"nobody@aarhus.dk\": true}".getBytes(StandardCharsets.UTF_8), "Authorization", bo).status())
                .isEqualTo(422);
    }

    @Test
    void theOrganisersStartTheEventsForumThreadOnce() {
        post("/api/v1/events", event("mo-1", "os2mo", null, 20), manager);
        assertThat(post("/api/v1/events/mo-1/forum-topic", new byte[0], anne).status()).isEqualTo(403);
        var started = post("/api/v1/events/mo-1/forum-topic", new byte[0], bo);
        assertThat(started.status()).isEqualTo(201);
        long id = started.json().get("id").asLong();
        var again = post("/api/v1/events/mo-1/forum-topic", new byte[0], manager);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asLong()).isEqualTo(id);
        assertThat(http.get("/api/v1/events/mo-1").json().get("forumTopic").asLong()).isEqualTo(id);
        var topic = http.get("/api/v1/forum/topics/" + id).json();
        assertThat(topic.get("category").asText()).isEqualTo("product:os2mo");
        assertThat(topic.get("title").asText()).isEqualTo("Brugergruppemøde mo-1");
        assertThat(topic.get("posts").get(0).get("html").asText()).contains("http://localhost:8080/arrangementer/mo-1");
    }

    @Test
    void lateSignUpsAndCancelledEventsAre409() {
        String s = starts(10);
        var body = """
                {"key": "late", "title": "Sent", "kind": "webinar", "starts": "%s", "ends": "%s",
                 "onlineUrl": "https://meet.example.org/x", "signupCloses": "%s"}
                """.formatted(s, LocalDateTime.parse(s).plusHours(1), LocalDateTime.now(dk.samvirke.shared.TimeConfiguration.COPENHAGEN).minusMinutes(5).withNano(0));
        assertThat(post("/api/v1/events", body.getBytes(StandardCharsets.UTF_8), admin).status()).isEqualTo(201);
        var late = post("/api/v1/events/late/registrations", new byte[0], anne);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("reason").asText()).isEqualTo("signup-closed");

        post("/api/v1/events", event("off", null, null, 5), admin);
        assertThat(post("/api/v1/events/off/cancel", new byte[0], manager).status()).isEqualTo(403);
        assertThat(post("/api/v1/events/off/cancel", new byte[0], admin).status()).isEqualTo(200);
        assertThat(post("/api/v1/events/off/registrations", new byte[0], anne).status()).isEqualTo(409);
        assertThat(http.get("/api/v1/events?kind=meeting").json().get("items").get(0).get("cancelled").asBoolean()).isTrue();
        assertThat(http.get("/api/v1/events?kind=party").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/events/nothing").status()).isEqualTo(404);
    }

    @Test
    void calendarsAreValidIcalendarWithStableUidsGrowingSequenceAndCancelledStatus() throws Exception {
        post("/api/v1/events", event("mo-1", "os2mo", null, 20), manager);
        post("/api/v1/events", event("assoc", null, null, 30), admin);
        var first = parse(http.get("/api/v1/events.ics"));
        VEvent mo = event(first, "Brugergruppemøde mo-1");
        String uid = value(mo, Property.UID);
        assertThat(value(mo, Property.SEQUENCE)).isEqualTo("0");
        assertThat(mo.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Copenhagen");
        assertThat(first.getComponents("VTIMEZONE")).hasSize(1);
        assertThat(((VTimeZone) first.getComponents("VTIMEZONE").get(0)).getTimeZoneId().getValue())
                .isEqualTo("Europe/Copenhagen");
        assertThat(value(mo, Property.LOCATION)).isEqualTo("Dokk1, Aarhus");
        assertThat(value(mo, Property.DESCRIPTION)).isEqualTo("Dagsorden: status");
        assertThat(value(mo, Property.URL)).isEqualTo("http://localhost:8080/arrangementer/mo-1");
        first.validate();

        post("/api/v1/events/mo-1/cancel", new byte[0], manager);
        var product = parse(http.get("/api/v1/products/os2mo/events.ics"));
        assertThat(product.getComponents("VEVENT")).hasSize(1);
        VEvent cancelled = event(product, "Brugergruppemøde mo-1");
        assertThat(value(cancelled, Property.UID)).isEqualTo(uid);
        assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");

        var one = http.get("/api/v1/events/assoc.ics");
        assertThat(one.header("Content-Type")).startsWith("text/calendar");
        assertThat(parse(one).getComponents("VEVENT")).hasSize(1);
        assertThat(http.get("/api/v1/products/nothing/events.ics").status()).isEqualTo(404);
    }

    static Calendar parse(Http.Response response) throws Exception {
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\r\n");
        return new CalendarBuilder().build(new StringReader(response.body()));
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    static VEvent event(Calendar calendar, String summary) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> value(e, Property.SUMMARY).equals(summary)).findFirst().orElseThrow();
    }
}
