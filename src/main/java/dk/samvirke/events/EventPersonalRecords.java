package dk.samvirke.events;

import dk.samvirke.accounts.PersonalRecords;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's sign-ups, every one of them (also withdrawn and past), in the download of their own data. */
@Component
class EventPersonalRecords implements PersonalRecords {

    /** One sign-up as the person downloads it. */
    record EventRegistration(String event, String title, LocalDateTime starts, String status,
            LocalDateTime registeredAt, String language) {
    }

    private final JdbcClient jdbc;

    EventPersonalRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "eventRegistrations";
    }

    @Override
    public List<EventRegistration> of(String email) {
        return jdbc.sql("select e.event_key, e.title, e.starts, r.status, r.registered_at, r.language"
                        + " from event_registration r join event e on e.id = r.event_id join person p on p.id = r.person_id"
                        + " where p.email = :email order by e.starts, e.event_key")
                .param("email", email.toLowerCase(Locale.ROOT))
                .query((rs, n) -> new EventRegistration(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toLocalDateTime(), rs.getString(4), rs.getTimestamp(5).toLocalDateTime(),
                        rs.getString(6)))
                .list();
    }
}
