package dk.samvirke.importing;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Component;

/**
 * Writes an import's new records in batches: each batch is saved and flushed (JDBC batches of
 * {@code hibernate.jdbc.batch_size}), then its records are let go of by the persistence context. A file of
 * 200 000 usages thus never has more than one batch of inserts queued, and later flushes do not dirty-check the
 * records already written. Only for records no later file of the import changes (usages and participations:
 * later files refer to them, if at all, by key); the transaction stays one, all or nothing.
 */
@Component
class NewRecords {

    static final int BATCH = 5_000;

    private final EntityManager entityManager;

    NewRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    <T> void save(CrudRepository<T, ?> repository, List<T> records) {
        for (int from = 0; from < records.size(); from += BATCH) {
            List<T> batch = records.subList(from, Math.min(records.size(), from + BATCH));
            repository.saveAll(batch);
            entityManager.flush();
            batch.forEach(entityManager::detach);
        }
    }
}
