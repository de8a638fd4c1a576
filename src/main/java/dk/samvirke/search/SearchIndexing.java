package dk.samvirke.search;

import dk.samvirke.catalogue.Product;
import dk.samvirke.importing.PackageImported;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.people.Person;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index in step with the database where automatic indexing cannot: at start it reindexes
 * every kind whose number of documents differs from its number of rows (a first start, a deleted
 * index folder, a new kind of record, an import by the command line, a restored database with other
 * counts; one with the same counts is not detected: rebuild by hand then) and rebuilds on request.
 */
@Service
public class SearchIndexing {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final TransactionTemplate newTransaction;

    private final boolean indexOnStart;

    SearchIndexing(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
            PlatformTransactionManager transactions,
            @Value("${samvirke.search.index-on-start:true}") boolean indexOnStart) {
        this.indexOnStart = indexOnStart;
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.newTransaction = new TransactionTemplate(transactions);
        newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** After the demo data, if any, has loaded: that went through the entities and is indexed already. */
    @EventListener(ApplicationReadyEvent.class)
    void fillEmptyIndexes() {
        if (!indexOnStart) {
            return;
        }
        List<Class<?>> stale = newTransaction.execute(status -> indexedEntities().stream()
                .filter(e -> documents(e.javaClass()) != rows(e.jpaName()))
                .<Class<?>>map(SearchIndexedEntity::javaClass)
                .toList());
        if (!stale.isEmpty()) {
            log.info("Search index out of step with the database for {}: indexing",
                    stale.stream().map(Class::getSimpleName).toList());
            index(stale);
        }
    }

    /**
     * A data package was imported without indexing its writes one by one: the registry's kinds (and any kind
     * whose count is out of step) are reindexed once, before the import answers, or after the caller's
     * transaction commits when there is one.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void reindexAfterImport(PackageImported imported) {
        var registry = List.<Class<?>>of(Organisation.class, Product.class, Person.class);
        List<Class<?>> types = newTransaction.execute(status -> indexedEntities().stream()
                .filter(e -> registry.contains(e.javaClass()) || documents(e.javaClass()) != rows(e.jpaName()))
                .<Class<?>>map(SearchIndexedEntity::javaClass)
                .toList());
        index(types);
    }

    /** Rebuilds the whole index from the database; answers the documents now indexed per entity. */
    public Map<String, Long> rebuild() {
        index(indexedEntities().stream().<Class<?>>map(SearchIndexedEntity::javaClass).toList());
        return newTransaction.execute(status -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            indexedEntities().forEach(e -> counts.put(e.jpaName(), documents(e.javaClass())));
            return counts;
        });
    }

    /** The profiles that show these organisations' names; see {@link OrganisationChanges}. */
    void reindexPeopleOf(Collection<Long> organisationIds) {
        // Indexed as the transaction commits, in this thread: whether they take part is asked for all of them at once.
        PeopleFacts.during(() -> newTransaction.execute(status -> {
            var plan = Search.session(entityManager).indexingPlan();
            entityManager.createQuery("select p from Person p where p.organisation.id in :ids", Person.class)
                    .setParameter("ids", organisationIds)
                    .getResultList()
                    .forEach(plan::addOrUpdate);
            return null;
        }));
    }

    private void index(List<Class<?>> types) {
        long start = System.nanoTime();
        try {
            Search.mapping(entityManagerFactory).scope(types).massIndexer()
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(200)
                    // A batch's people are asked about together, not one query each (PeopleFacts).
                    .environment(PeopleFacts.environment())
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Indexing was interrupted", e);
        }
        log.info("Indexed {} in {} ms", types.stream().map(Class::getSimpleName).toList(),
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    private Collection<? extends SearchIndexedEntity<?>> indexedEntities() {
        return Search.mapping(entityManagerFactory).allIndexedEntities();
    }

    private long documents(Class<?> type) {
        return Search.session(entityManager).search(type).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    private long rows(String entityName) {
        return entityManager.createQuery("select count(e) from " + entityName + " e", Long.class).getSingleResult();
    }
}
