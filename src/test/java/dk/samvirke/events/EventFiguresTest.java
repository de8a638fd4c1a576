package dk.samvirke.events;

import static dk.samvirke.support.SignedIn.admin;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.SignedIn;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The event figures of §3.1 on a date: the 365-day window, cancelled events, statuses, municipalities that exist. */
@IntegrationTest
class EventFiguresTest {

    static final SignedInUser ADMIN = SignedIn.user("sek@os2.eu", null, admin());

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    EventFigures figures;
    @LocalServerPort
    int port;

    @BeforeEach
    void registry() {
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        var odense = fixtures.municipality("odense", "Odense Kommune", "461", null);
        var kl = fixtures.organisation("kl", "KL", OrganisationType.ASSOCIATION);
        fixtures.person("a1@aarhus.dk", "A1", aarhus);
        fixtures.person("a2@aarhus.dk", "A2", aarhus);
        fixtures.person("o1@odense.dk", "O1", odense);
        fixtures.person("k1@kl.dk", "K1", kl);
        fixtures.person("n1@example.org", "N1", null);
        // events on 2026-03-10, 2025-03-11 (inside the window of 2026-03-10: 365 days incl. the day), 2025-03-10 (outside)
        event(1, LocalDateTime.of(2026, 3, 10, 23, 30), false);
        event(2, LocalDateTime.of(2025, 3, 11, 0, 0), false);
        event(3, LocalDateTime.of(2025, 3, 10, 23, 59), false);
        event(4, LocalDateTime.of(2026, 1, 5, 10, 0), true);
        event(5, LocalDateTime.of(2026, 3, 11, 0, 0), false);
        registration(1, "a1@aarhus.dk", "registered");
        registration(1, "k1@kl.dk", "attended");
        registration(1, "n1@example.org", "waiting");
        registration(2, "a1@aarhus.dk", "attended");
        registration(2, "a2@aarhus.dk", "absent");
        registration(2, "o1@odense.dk", "cancelled");
        registration(3, "o1@odense.dk", "registered");
        registration(4, "o1@odense.dk", "registered");
        registration(5, "o1@odense.dk", "registered");
    }

    void event(int n, LocalDateTime starts, boolean cancelled) {
        jdbc.update("insert into event (id, event_key, title, kind, starts, ends, cancelled, created_at, updated_at)"
                + " values (?, ?, ?, 'meeting', ?, ?, ?, current_timestamp, current_timestamp)", n, "e" + n, "E" + n,
                starts, starts.plusHours(1), cancelled);
    }

    void registration(int event, String email, String status) {
        jdbc.update("insert into event_registration (id, event_id, person_id, status, registered_at, created_at, updated_at)"
                + " select ?, ?, id, ?, current_timestamp, current_timestamp, current_timestamp from person where email = ?",
                event * 100 + email.hashCode() % 97 + 97, event, status, email);
    }

    @Test
    void figuresOnADate() {
        var on = figures.on(LocalDate.of(2026, 3, 10));
        assertThat(on.events()).isEqualTo(2);            // e1 and e2; not e3 (366 days before), e4 (cancelled), e5 (after)
        assertThat(on.participants()).isEqualTo(2);      // a1 (twice), k1; not waiting, absent or cancelled
        assertThat(on.municipalities()).isEqualTo(1);    // Aarhus; KL is no municipality
        var later = figures.on(LocalDate.of(2026, 3, 11));
        assertThat(later.events()).isEqualTo(2);         // e1 and e5 (e2 fell out)
        assertThat(later.participants()).isEqualTo(3);   // a1, k1, o1
        assertThat(later.municipalities()).isEqualTo(2);
        assertThat(figures.on(LocalDate.of(2024, 1, 1)).events()).isZero();
    }

    @Test
    void aMunicipalityThatNoLongerExistsDoesNotCount() {
        jdbc.update("update organisation set dissolved_on = ? where org_key = 'aarhus'", LocalDate.of(2026, 3, 1));
        assertThat(figures.on(LocalDate.of(2026, 3, 10)).municipalities()).isZero();
        assertThat(figures.on(LocalDate.of(2026, 3, 10)).participants()).isEqualTo(2);
    }

    @Test
    void theStatisticsAnswerCarriesThem() {
        var answer = new Http(port).get("/api/v1/statistics?asOf=2026-03-11").json();
        assertThat(answer.get("events").asInt()).isEqualTo(2);
        assertThat(answer.get("eventParticipants").asInt()).isEqualTo(3);
        assertThat(answer.get("eventMunicipalities").asInt()).isEqualTo(2);
        var series = new Http(port).get("/api/v1/statistics/series?from=2025-03-10&to=2026-03-10&step=year").json();
        assertThat(series.toString()).contains("\"events\":");
        assertThat(figures.perYear(LocalDate.of(2026, 3, 11))).extracting(EventFigures.Figures::events)
                .containsExactly(2, 2);  // 2025-12-31: e2 and e3; today (2026-03-11): e1 and e5
    }
}
