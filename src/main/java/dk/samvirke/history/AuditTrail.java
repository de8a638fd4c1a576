package dk.samvirke.history;

import dk.samvirke.shared.Audited;
import dk.samvirke.shared.AuditedValue;
import dk.samvirke.shared.BulkInsert;
import dk.samvirke.shared.CodedEnum;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Records every insert, update and delete of an {@link Audited} record, whatever wrote it (a form,
 * the API, an import), in the same transaction as the change itself: a rolled-back change leaves
 * no history, and a committed one always has it.
 */
class AuditTrail implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    /** Bookkeeping, not a change anyone asks about: an update that changes only these leaves no entry. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "createdAt", "updatedAt", "lastSignInAt",
            "lastActivityAt", "sortKey");
    /** Kept out of the history: that they changed is recorded, never their value. */
    private static final Set<String> SECRETS = Set.of("passwordHash", "totpSecret");
    /** From how many entries on they are written by COPY rather than as a JDBC batch. */
    private static final int COPY_FROM = 1_000;
    /** An entry's columns, in the order of {@link #row}. */
    static final List<String> COLUMNS = List.of("occurred_at", "actor", "action", "record_type", "record_id",
            "record_key", "changes", "personal_fields", "personal_key");

    /** Changes waiting for their session's transaction to complete; written just before it commits. */
    private final Map<SharedSessionContractImplementor, List<Change>> pending = new IdentityHashMap<>();

    private record Change(String actor, String action, Audited record, Object id, String[] names, Object[] before,
            Object[] after) {
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        record(event.getSession(), "create", event.getEntity(), event.getId(), event.getPersister(), null, event.getState());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        record(event.getSession(), "update", event.getEntity(), event.getId(), event.getPersister(), event.getOldState(),
                event.getState());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        record(event.getSession(), "delete", event.getEntity(), event.getId(), event.getPersister(),
                event.getDeletedState(), null);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void record(SharedSessionContractImplementor session, String action, Object entity, Object id,
            EntityPersister persister, Object[] before, Object[] after) {
        if (!(entity instanceof Audited audited)) {
            return;
        }
        var change = new Change(currentActor(), action, audited, id, persister.getPropertyNames(),
                before == null ? null : before.clone(), after == null ? null : after.clone());
        boolean first;
        synchronized (pending) {
            var changes = pending.computeIfAbsent(session, s -> new ArrayList<>());
            first = changes.isEmpty();
            changes.add(change);
        }
        if (first) {
            session.getTransactionCompletionCallbacks().registerCallback(this::write);
            session.getTransactionCompletionCallbacks().registerCallback(
                    (boolean success, SharedSessionContractImplementor s) -> drain(s));
        }
    }

    private List<Change> drain(SharedSessionContractImplementor session) {
        synchronized (pending) {
            var changes = pending.remove(session);
            return changes == null ? List.of() : changes;
        }
    }

    /** Runs after the last flush and before the commit, on the transaction's own connection. */
    private void write(SharedSessionContractImplementor session) {
        var changes = drain(session);
        if (changes.isEmpty()) {
            return;
        }
        // Render now, not at flush time: keys of related records may need loading, which a flush must not do.
        // Rendered one by one as they are sent (in chunks), so that an import of hundreds of thousands of records does not
        // hold every rendered row (and one batch of all of them in the driver) in memory at once.
        var now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        // A related record not yet loaded (a lazy reference) is loaded before the rows are sent: on PostgreSQL the
        // COPY holds the connection until its last row, and a query for a key in the middle of it would wait forever.
        changes.forEach(c -> {
            initialise(c.before());
            initialise(c.after());
        });
        // Many entries (a large import's organisations and people) go by COPY on PostgreSQL; a form's few as a batch.
        ((SessionImplementor) session).doWork(connection -> BulkInsert.insert(connection, "audit_entry", COLUMNS,
                () -> changes.stream().map(c -> {
                    var diff = diff(c);
                    return c.action().equals("update") && diff.isEmpty() ? null : row(now, c, diff);
                }).filter(java.util.Objects::nonNull).iterator(), changes.size() >= COPY_FROM));
    }

    private static void initialise(Object[] state) {
        if (state != null) {
            for (Object value : state) {
                if (value instanceof org.hibernate.proxy.HibernateProxy proxy) {
                    org.hibernate.Hibernate.initialize(proxy);
                }
            }
        }
    }

    /** One entry as audit_entry holds it, in {@link #COLUMNS} order. */
    private static Object[] row(Timestamp now, Change c, Map<String, List<String>> diff) {
        return new Object[] {now, c.actor(), c.action(), c.record().auditType(), ((Number) c.id()).longValue(),
            c.record().auditKey(), json(diff), HistoryPrivacy.personalFields(c.record()),
            c.record().auditKeyIsPersonal()};
    }

    /**
     * The changes as Jackson's {@code writeValueAsString} writes them, character for character, with its own escaping
     * of each text: an import writes hundreds of thousands of entries, and a generator set up for each one took most of
     * the time their history cost (a profile of the import: 8 % of the importing thread).
     */
    static String json(Map<String, List<String>> diff) {
        var out = new StringBuilder(32 + 48 * diff.size()).append('{');
        for (var change : diff.entrySet()) {
            if (out.length() > 1) {
                out.append(',');
            }
            quoted(out, change.getKey()).append(":[");
            for (int i = 0; i < change.getValue().size(); i++) {
                String value = change.getValue().get(i);
                if (i > 0) {
                    out.append(',');
                }
                if (value == null) {
                    out.append("null");
                } else {
                    quoted(out, value);
                }
            }
            out.append(']');
        }
        return out.append('}').toString();
    }

    private static StringBuilder quoted(StringBuilder out, String text) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, out);
        return out.append('"');
    }

    /**
     * The entry of a record created without Hibernate's events ({@link BulkHistory}): exactly what {@link #write}
     * makes of the insert event of the same record — {@code names} and {@code state} as Hibernate's persister has
     * them.
     */
    static Object[] createdRow(Timestamp now, String actor, Audited record, long id, String[] names, Object[] state) {
        return row(now, actor, "create", record, id, names, null, state);
    }

    /**
     * The entry of any change made without Hibernate's events ({@link RecordChanges}), by the same rules as
     * {@link #write}; null for an update that changed nothing anyone asks about.
     */
    static Object[] row(Timestamp now, String actor, String action, Audited record, long id, String[] names,
            Object[] before, Object[] after) {
        var change = new Change(actor, action, record, id, names, before, after);
        var diff = diff(change);
        return action.equals("update") && diff.isEmpty() ? null : row(now, change, diff);
    }

    /** Field → [before, after] for every field that changed (all fields on create and delete). */
    private static Map<String, List<String>> diff(Change change) {
        Map<String, List<String>> diff = new LinkedHashMap<>();
        for (int i = 0; i < change.names().length; i++) {
            String name = change.names()[i];
            Object beforeValue = change.before() == null ? null : change.before()[i];
            Object afterValue = change.after() == null ? null : change.after()[i];
            if (BOOKKEEPING.contains(name) || beforeValue instanceof java.util.Collection<?>
                    || afterValue instanceof java.util.Collection<?>) {
                continue; // collections are histories of their own records
            }
            String before = render(beforeValue);
            String after = render(afterValue);
            if (SECRETS.contains(name)) {
                before = before == null ? null : "(secret)";
                after = after == null ? null : (before != null && before.equals(after) ? "(secret)" : "(new secret)");
                if (beforeValue != null && beforeValue.equals(afterValue)) {
                    continue;
                }
            }
            boolean changed = before == null ? after != null : !before.equals(after);
            if (changed) {
                diff.put(name, java.util.Arrays.asList(before, after));
            }
        }
        return diff;
    }

    private static String render(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof AuditedValue audited) {
            return audited.auditValue();
        }
        if (value instanceof Audited audited) {
            return audited.auditKey();
        }
        if (value instanceof CodedEnum coded) {
            return coded.code();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    /**
     * Who is acting, in lower case: e-mail addresses are compared without case, and an actor kept as it is
     * compared lets the history's actor index answer the administrators' filter.
     */
    static String currentActor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "system"
                : authentication.getName().toLowerCase(Locale.ROOT);
    }
}
