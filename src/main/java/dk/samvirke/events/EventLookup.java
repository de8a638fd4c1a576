package dk.samvirke.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link EventDirectory} asked of the database. */
@Service
@Transactional(readOnly = true)
class EventLookup implements EventDirectory {

    private static final String SUMMARY = "select id, event_key, title, title_en, starts, cancelled from event";

    private final JdbcClient jdbc;

    EventLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<EventSummary> find(long id) {
        return jdbc.sql(SUMMARY + " where id = :id").param("id", id).query(EventLookup::summary).optional();
    }

    @Override
    public Optional<EventSummary> find(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return jdbc.sql(SUMMARY + " where event_key = :key").param("key", key).query(EventLookup::summary).optional();
    }

    static String path(String key) {
        return "/arrangementer/" + key;
    }

    private static EventSummary summary(ResultSet rs, int row) throws SQLException {
        return new EventSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toLocalDateTime(), rs.getBoolean(6), path(rs.getString(2)));
    }
}
