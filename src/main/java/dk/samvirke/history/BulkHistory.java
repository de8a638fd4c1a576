package dk.samvirke.history;

import dk.samvirke.shared.Audited;
import dk.samvirke.shared.BulkInsert;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Service;

/**
 * The history of records that a module writes many at a time without Hibernate ({@link BulkInsert}: an import's
 * usages and participations). Hibernate's events, and with them {@link AuditTrail}, never see those inserts, so the
 * module that writes them records them here, in the same transaction: the same entry AuditTrail would have written
 * for each (actor, action, type, id, key, changes, personal fields), rendered by AuditTrail's own code from what
 * Hibernate's persister reads of the record.
 */
@Service
public class BulkHistory {

    private final EntityManager entityManager;
    private final BulkInsert bulk;

    BulkHistory(EntityManager entityManager, BulkInsert bulk) {
        this.entityManager = entityManager;
        this.bulk = bulk;
    }

    /** One "create" entry per record; the records are entities with their ids, just inserted in this transaction. */
    public void recordCreated(List<? extends Audited> records) {
        if (records.isEmpty()) {
            return;
        }
        var session = entityManager.unwrap(SessionImplementor.class);
        var metamodel = session.getFactory().getMappingMetamodel();
        Map<Class<?>, EntityPersister> persisters = new HashMap<>();
        String actor = AuditTrail.currentActor();
        var now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        // Rendered one by one as the rows are sent: never every entry of a large import in memory at once.
        bulk.insert("audit_entry", AuditTrail.COLUMNS, () -> records.stream().map(record -> {
            var persister = persisters.computeIfAbsent(record.getClass(), metamodel::getEntityDescriptor);
            long id = ((Number) persister.getIdentifier(record, session)).longValue();
            return AuditTrail.createdRow(now, actor, record, id, persister.getPropertyNames(), persister.getValues(record));
        }).iterator());
    }
}
