package dk.samvirke.history;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the history: of one record ("who changed this usage?"), or filtered across the registry. */
@Service
public class History {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, List<String>>> CHANGES = new TypeReference<>() {
    };
    private static final String COLUMNS = "select id, occurred_at, actor, action, record_type, record_id, record_key,"
            + " changes, personal_fields, personal_key from audit_entry";
    /** What a reader without the right to personal data sees instead of a value that was there. */
    public static final String WITHHELD = "(withheld)";
    /** The actor of the changes of a person who has deleted their account. */
    public static final String DELETED_ACTOR = "deleted account";
    /** What is left of a personal value once the person's account is deleted. */
    public static final String ERASED = "(erased)";
    private static final String BOOTSTRAP_ADMIN = "bootstrap-admin";
    static final Set<String> NOT_PERSONAL_ACTORS = Set.of("system", BOOTSTRAP_ADMIN, DELETED_ACTOR);

    private final JdbcTemplate jdbc;
    private final ObjectProvider<HistoryActors> actors;

    History(JdbcTemplate jdbc, ObjectProvider<HistoryActors> actors) {
        this.jdbc = jdbc;
        this.actors = actors;
    }

    /** One entry as read, with what the privacy rule needs to know about it. */
    private record Row(HistoryEntry entry, Set<String> personalFields, boolean personalKey) {
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(new HistoryEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toLocalDateTime(),
                rs.getString("actor"), null, rs.getString("action"), rs.getString("record_type"),
                rs.getLong("record_id"), rs.getString("record_key"), JSON.readValue(rs.getString("changes"), CHANGES)),
                HistoryPrivacy.parse(rs.getString("personal_fields")), rs.getBoolean("personal_key"));
    }

    /** Names the actors, and leaves out what the reader may not see (administrators see everything). */
    private List<HistoryEntry> shown(List<Row> rows, boolean personalData) {
        Map<String, String> names = new HashMap<>();
        return rows.stream().map(r -> {
            var e = r.entry();
            String name = names.computeIfAbsent(e.actor(), this::nameOf);
            var named = new HistoryEntry(e.id(), e.occurredAt(), e.actor(), name, e.action(), e.recordType(),
                    e.recordId(), e.recordKey(), e.changes());
            return personalData ? named : HistoryPrivacy.withoutPersonalData(named, r.personalFields(), r.personalKey());
        }).toList();
    }

    private String nameOf(String actor) {
        if (BOOTSTRAP_ADMIN.equals(actor)) {
            return "Administrator";
        }
        if (NOT_PERSONAL_ACTORS.contains(actor)) {
            return null;
        }
        var directory = actors.getIfAvailable();
        return directory == null ? null : directory.nameOf(actor).orElse(null);
    }

    /**
     * Whether anything in the history was done by this actor: one probe of the actor's index. Planned for the
     * actor asked each time: once PostgreSQL's driver prepares the statement on the server, the generic plan it
     * would get scans the whole history for an actor with no entries when one actor (an import's) holds most.
     */
    public boolean hasEntriesBy(String actor) {
        return Boolean.TRUE.equals(jdbc.execute((Connection connection) -> {
            try (var statement = connection.prepareStatement(
                    "select 1 from audit_entry where actor = ? fetch first 1 rows only")) {
                if (statement.isWrapperFor(PGStatement.class)) {
                    statement.unwrap(PGStatement.class).setPrepareThreshold(0);
                }
                statement.setString(1, actor);
                try (var rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        }));
    }

    /**
     * When an account is deleted its e-mail address leaves the history: the changes stay, their actor
     * becomes {@link #DELETED_ACTOR}; the personal values that hold the address (an author, a contact)
     * become {@link #ERASED}, and so do all personal values of the records keyed by the address (the
     * account itself). Returns how many entries were changed.
     */
    @Transactional
    public int anonymise(String email) {
        String address = email.toLowerCase(Locale.ROOT);
        int changed = jdbc.update("update audit_entry set actor = ? where actor = ?", DELETED_ACTOR, address);
        String like = "%" + address + "%";
        var rows = jdbc.query(COLUMNS + " where personal_fields is not null and (lower(changes) like ? or lower(record_key) like ?)",
                History::row, like, like);
        for (Row row : rows) {
            var erased = HistoryPrivacy.erase(row.entry(), row.personalFields(), row.personalKey(), address);
            jdbc.update("update audit_entry set record_key = ?, changes = ? where id = ?", erased.recordKey(),
                    JSON.writeValueAsString(erased.changes()), erased.id());
        }
        return changed + rows.size();
    }

    /**
     * The changes of one record, newest first.
     *
     * @param personalData whether the reader may see personal data (administrators)
     */
    @Transactional(readOnly = true)
    public List<HistoryEntry> ofRecord(String recordType, long recordId, boolean personalData) {
        return shown(jdbc.query(COLUMNS + " where record_type = ? and record_id = ? order by id desc", History::row,
                recordType, recordId), personalData);
    }

    /** The filtered log, newest first, with everything in it: for administrators, and for a person's own data. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> search(HistoryFilter filter, int offset, int limit) {
        var where = new StringBuilder(" where 1 = 1");
        var args = new ArrayList<Object>();
        if (filter.recordType() != null && !filter.recordType().isBlank()) {
            where.append(" and record_type = ?");
            args.add(filter.recordType());
        }
        if (filter.recordKey() != null && !filter.recordKey().isBlank()) {
            where.append(" and lower(record_key) like ?");
            args.add("%" + filter.recordKey().toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" and actor = ?");
            args.add(filter.actor().toLowerCase(Locale.ROOT));
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= ?");
            args.add(Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < ?");
            args.add(Date.valueOf(filter.to().plusDays(1)));
        }
        args.add(limit);
        args.add(offset);
        return shown(jdbc.query(COLUMNS + where + " order by id desc limit ? offset ?", History::row, args.toArray()), true);
    }
}
