package dk.samvirke.search;

import dk.samvirke.catalogue.Product;
import dk.samvirke.importing.PackageImported;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.people.Person;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
    /** Every mass indexing, one at a time: the reindexes after imports in the order they committed, and rebuilds. */
    private final ExecutorService reindexing = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "search-mass-indexing");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean reindexQueued = new AtomicBoolean();

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
            inTurn(() -> index(stale));
        }
    }

    /**
     * A data package was imported without indexing its writes one by one: the registry's kinds (and any kind
     * whose count is out of step) are reindexed once, after the import's transaction has committed, in the
     * background: the import answers when its records are written, not seconds later when the index has them
     * (45 000 documents take about 10 s at Europe's scale). Imports in quick succession share one reindex queued
     * behind the running one; {@link #reindexed()} tells when the queue is done.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void reindexAfterImport(PackageImported imported) {
        if (!reindexQueued.compareAndSet(false, true)) {
            return; // the reindex already queued starts after this import committed: it sees its records too
        }
        reindexing.execute(() -> {
            reindexQueued.set(false);
            try {
                reindexRegistry();
            } catch (RuntimeException e) {
                log.error("Reindexing after an import failed; POST /api/v1/admin/search/reindex rebuilds the index", e);
            }
        });
    }

    /** Completes once every reindex queued by an import so far has finished (the queue runs in order). */
    public CompletableFuture<Void> reindexed() {
        return CompletableFuture.runAsync(() -> { }, reindexing);
    }

    private void reindexRegistry() {
        var registry = List.<Class<?>>of(Organisation.class, Product.class, Person.class);
        List<Class<?>> types = newTransaction.execute(status -> indexedEntities().stream()
                .filter(e -> registry.contains(e.javaClass()) || documents(e.javaClass()) != rows(e.jpaName()))
                .<Class<?>>map(SearchIndexedEntity::javaClass)
                .toList());
        index(types);
    }

    /** A reindex in progress finishes before the application stops (the command-line import waits for it so). */
    @PreDestroy
    void finishReindexing() throws InterruptedException {
        reindexing.shutdown();
        if (!reindexing.awaitTermination(5, TimeUnit.MINUTES)) {
            log.warn("Stopped while reindexing after an import: the next start reindexes the kinds out of step");
        }
    }

    /** Rebuilds the whole index from the database; answers the documents now indexed per entity. */
    public Map<String, Long> rebuild() {
        inTurn(() -> index(indexedEntities().stream().<Class<?>>map(SearchIndexedEntity::javaClass).toList()));
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

    /**
     * Runs a mass indexing in the queue of the reindexes after imports and waits for it: two at once on the same
     * indexes would purge and fill them under each other.
     */
    private void inTurn(Runnable indexing) {
        try {
            reindexing.submit(indexing).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Indexing was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
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
