package dk.samvirke.events;

import static dk.samvirke.support.SignedIn.admin;
import static dk.samvirke.support.SignedIn.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.MailServer;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.SignedIn;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The events' pages in Danish and English: the list by month, the event page, sign-up, the organisers' part, /konto. */
@IntegrationTest
class EventPagesTest {

    @RegisterExtension
    static GreenMailExtension mail = MailServer.start();

    static final SignedInUser ADMIN = SignedIn.user("sek@os2.eu", null, admin());
    static final SignedInUser ANNE = new SignedInUser(null, "anne@aarhus.dk", "Anne Andersen", "aarhus", Set.of(member()));

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    EventManagement events;
    @Autowired
    CalendarFeeds feeds;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        fixtures.product("os2mo", "OS2mo", aarhus);
        var soon = LocalDateTime.now(dk.samvirke.shared.TimeConfiguration.COPENHAGEN).plusDays(20).withHour(10).withMinute(0).withSecond(0).withNano(0);
        events.create(ADMIN, new EventRequest("mo-dag", "OS2mo-dagen", "The OS2mo day", "conference", soon.toString(),
                soon.plusHours(6).toString(), "os2mo", null, "Dokk1, Aarhus", null, "1", null, "Program: **alt**",
                List.of("bo@aarhus.dk")));
        var before = LocalDateTime.now(dk.samvirke.shared.TimeConfiguration.COPENHAGEN).minusDays(40).withHour(13).withMinute(0).withSecond(0).withNano(0);
        events.create(ADMIN, new EventRequest("webinar-1", "Webinar om sikkerhed", null, "webinar", before.toString(),
                before.plusHours(1).toString(), null, null, null, "https://meet.example.org/w", null, null, null, List.of()));
        events.afterwards(ADMIN, "webinar-1", "[Slides](https://example.org/slides.pdf)", "Vi talte om *patches*.", null);
    }

    String page(String path, SignedInUser user) throws Exception {
        var request = get(path);
        if (user != null) {
            request = request.with(authentication(SignedIn.as(user)));
        }
        var result = mvc.perform(request).andReturn().getResponse();
        assertThat(result.getStatus()).as(path).isEqualTo(200);
        return result.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theListShowsUpcomingAndPastByMonthAndFilters() throws Exception {
        String da = page("/arrangementer", null);
        assertThat(da).contains("<h1>Arrangementer</h1>", "Kommende", "Tidligere", "OS2mo-dagen", "Webinar om sikkerhed",
                "Konference", "1 plads ledig af 1", "/feeds/arrangementer.atom");
        String en = page("/arrangementer?lang=en", null);
        assertThat(en).contains("<h1>Events</h1>", "Upcoming", "The OS2mo day", "Conference", "1 seat left of 1");
        String filtered = page("/arrangementer?type=webinar", null);
        assertThat(filtered).contains("Webinar om sikkerhed").doesNotContain("OS2mo-dagen");
        String product = page("/arrangementer?produkt=os2mo", null);
        assertThat(product).contains("OS2mo-dagen").doesNotContain("Webinar om sikkerhed");
    }

    @Test
    void signingUpOnTheEventPageAndTheWaitingList() throws Exception {
        String anonymous = page("/arrangementer/mo-dag", null);
        assertThat(anonymous).contains("OS2mo-dagen", "Program: <strong>alt</strong>", "Log ind for at tilmelde dig",
                "/api/v1/events/mo-dag.ics").doesNotContain("For arrangørerne");

        var signUp = mvc.perform(post("/arrangementer/mo-dag/tilmeld").with(csrf()).with(authentication(SignedIn.as(ANNE))))
                .andReturn().getResponse();
        assertThat(signUp.getRedirectedUrl()).isEqualTo("/arrangementer/mo-dag?notice=registered");
        assertThat(page("/arrangementer/mo-dag?notice=registered", ANNE)).contains("Du er tilmeldt.", "Afmeld mig");

        var kim = new SignedInUser(null, "kim@aarhus.dk", "Kim", "aarhus", Set.of(member()));
        mvc.perform(post("/arrangementer/mo-dag/tilmeld").with(csrf()).with(authentication(SignedIn.as(kim))));
        assertThat(page("/arrangementer/mo-dag", kim)).contains("Du er nr. 1 på ventelisten");

        // the organiser named on the event sees the list, with the waiting list's order
        var bo = new SignedInUser(null, "bo@aarhus.dk", "Bo", "aarhus", Set.of(member()));
        String organiser = page("/arrangementer/mo-dag", bo);
        assertThat(organiser).contains("For arrangørerne", "Anne Andersen", "Aarhus Kommune", "Venteliste nr. 1");
        var csv = mvc.perform(get("/arrangementer/mo-dag/tilmeldinger.csv").with(authentication(SignedIn.as(bo))))
                .andReturn().getResponse();
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains("anne@aarhus.dk,aarhus,Aarhus Kommune,registered");
        assertThat(mvc.perform(get("/arrangementer/mo-dag/tilmeldinger.csv").with(authentication(SignedIn.as(kim))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        mvc.perform(post("/arrangementer/mo-dag/afmeld").with(csrf()).with(authentication(SignedIn.as(ANNE))));
        assertThat(page("/arrangementer/mo-dag", kim)).contains("Du er tilmeldt.");
    }

    @Test
    void afterTheEventItsMaterialsAndMinutes() throws Exception {
        String past = page("/arrangementer/webinar-1?lang=en", null);
        assertThat(past).contains("After the event", "Materials", "https://example.org/slides.pdf", "<em>patches</em>",
                "Sign-up is closed.");
    }

    @Test
    void ownSignUpsAndTheSecretCalendarOnTheAccountPage() throws Exception {
        events.signUp(ANNE, "mo-dag", null);
        String token = feeds.tokenFor("anne@aarhus.dk");
        var calendar = mvc.perform(get("/kalender/" + token + ".ics")).andReturn().getResponse();
        assertThat(calendar.getContentType()).startsWith("text/calendar");
        var parsed = new CalendarBuilder().build(new StringReader(calendar.getContentAsString(StandardCharsets.UTF_8)));
        assertThat(parsed.getComponents("VEVENT")).hasSize(1);

        String renewed = feeds.regenerate("anne@aarhus.dk");
        assertThat(renewed).isNotEqualTo(token);
        assertThat(mvc.perform(get("/kalender/" + token + ".ics")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/kalender/" + renewed + ".ics")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theAtomFeedAnnouncesEventsWithoutWhoSignedUp() throws Exception {
        events.signUp(ANNE, "mo-dag", null);
        events.cancel(ADMIN, "webinar-1", null);
        var feed = mvc.perform(get("/feeds/arrangementer.atom")).andReturn().getResponse();
        assertThat(feed.getContentType()).startsWith("application/atom+xml");
        String xml = feed.getContentAsString(StandardCharsets.UTF_8);
        assertThat(xml).contains("OS2mo-dagen", "/arrangementer/mo-dag", "Dokk1, Aarhus", "Aflyst: Webinar om sikkerhed")
                .doesNotContain("anne@aarhus.dk", "Anne Andersen", "bo@aarhus.dk");
        assertThat(mvc.perform(get("/feeds/arrangementer.atom?lang=en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("The OS2mo day");
    }

    @Test
    void eventsAreFoundBySearchByTitleDescriptionAndPlace() throws Exception {
        // other tests' rows went by SQL, past the index: start from the database as it is
        context.getBean(dk.samvirke.search.SearchIndexing.class).rebuild();
        var answer = tools.jackson.databind.json.JsonMapper.builder().build().readTree(mvc.perform(get("/api/v1/search?q=Dokk1"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(answer.at("/counts/events").asLong()).isEqualTo(1);
        assertThat(answer.at("/groups/events/items/0/url").asString()).isEqualTo("/arrangementer/mo-dag");
        var bySecurity = tools.jackson.databind.json.JsonMapper.builder().build().readTree(mvc.perform(get("/api/v1/search?q=sikkerhed"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(bySecurity.at("/groups/events/items/0/title").asString()).contains("sikkerhed");
    }

    @Test
    void theProductPageShowsItsEvents() throws Exception {
        String product = page("/produkter/os2mo", null);
        assertThat(product).contains("events-heading", "OS2mo-dagen", "/api/v1/products/os2mo/events.ics");
    }
}
