package dk.samvirke.history;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
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
            + " changes from audit_entry";

    private final JdbcTemplate jdbc;
    private final RowMapper<HistoryEntry> rows = (rs, i) -> new HistoryEntry(rs.getLong("id"),
            rs.getTimestamp("occurred_at").toLocalDateTime(), rs.getString("actor"), rs.getString("action"),
            rs.getString("record_type"), rs.getLong("record_id"), rs.getString("record_key"),
            JSON.readValue(rs.getString("changes"), CHANGES));

    History(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether anything in the history was done by this actor. */
    public boolean hasEntriesBy(String actor) {
        // Asked on every page: one index probe, not a count of every entry.
        return !jdbc.queryForList("select 1 from audit_entry where actor = ? fetch first 1 rows only", Integer.class,
                actor).isEmpty();
    }

    /**
     * When an account is deleted its e-mail address leaves the history: the changes stay, their actor
     * becomes {@code replacement}. Returns how many entries were changed.
     */
    @Transactional
    public int anonymiseActor(String actor, String replacement) {
        return jdbc.update("update audit_entry set actor = ? where lower(actor) = ?", replacement,
                actor.toLowerCase(java.util.Locale.ROOT));
    }

    public List<HistoryEntry> ofRecord(String recordType, long recordId) {
        return jdbc.query(COLUMNS + " where record_type = ? and record_id = ? order by id desc", rows, recordType, recordId);
    }

    public List<HistoryEntry> search(HistoryFilter filter, int offset, int limit) {
        var where = new StringBuilder(" where 1 = 1");
        var args = new ArrayList<Object>();
        if (filter.recordType() != null && !filter.recordType().isBlank()) {
            where.append(" and record_type = ?");
            args.add(filter.recordType());
        }
        if (filter.recordKey() != null && !filter.recordKey().isBlank()) {
            where.append(" and lower(record_key) like ?");
            args.add("%" + filter.recordKey().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" and lower(actor) = ?");
            args.add(filter.actor().toLowerCase(java.util.Locale.ROOT));
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
        return jdbc.query(COLUMNS + where + " order by id desc limit ? offset ?", rows, args.toArray());
    }
}
