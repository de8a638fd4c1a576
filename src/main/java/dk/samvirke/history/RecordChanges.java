package dk.samvirke.history;

import dk.samvirke.shared.Audited;
import dk.samvirke.shared.BulkInsert;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The history of records a module writes with its own SQL (governance's bodies, decisions, stages, fees, budgets and
 * reports), which Hibernate's events never see: the entries {@link AuditTrail} makes of an entity's insert, update
 * and delete — who, when, what, before → after, by the same rules — written at once, in the caller's transaction, so
 * that a change rolled back leaves no history and a committed one always has it. Fields are given by name, values
 * as the history renders any value (dates ISO, decimals plain, coded values by code, null as no value).
 */
@Service
public class RecordChanges {

    private final BulkInsert bulk;

    RecordChanges(BulkInsert bulk) {
        this.bulk = bulk;
    }

    /** A record of {@code type} (as {@link Audited#auditType()}) was created with these fields. */
    public void created(String type, long id, String key, Map<String, ?> fields) {
        write("create", type, id, key, Map.of(), fields);
    }

    /** The record's fields before and after; nothing is written if no field changed. */
    public void updated(String type, long id, String key, Map<String, ?> before, Map<String, ?> after) {
        write("update", type, id, key, before, after);
    }

    /** The record was deleted; these were its fields. */
    public void deleted(String type, long id, String key, Map<String, ?> fields) {
        write("delete", type, id, key, fields, Map.of());
    }

    private void write(String action, String type, long id, String key, Map<String, ?> before, Map<String, ?> after) {
        var names = new LinkedHashSet<String>(after.keySet());
        names.addAll(before.keySet());
        var beforeValues = new ArrayList<Object>();
        var afterValues = new ArrayList<Object>();
        for (String name : names) {
            beforeValues.add(before.get(name));
            afterValues.add(after.get(name));
        }
        var row = AuditTrail.row(Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)), AuditTrail.currentActor(),
                action, new Written(type, key), id, names.toArray(String[]::new),
                action.equals("create") ? null : beforeValues.toArray(), action.equals("delete") ? null : afterValues.toArray());
        if (row != null) {
            bulk.insert("audit_entry", AuditTrail.COLUMNS, List.<Object[]>of(row));
        }
    }

    /** What the history needs to know of a record written by SQL: its kind and how people recognise it. */
    private record Written(String auditType, String auditKey) implements Audited {
    }
}
