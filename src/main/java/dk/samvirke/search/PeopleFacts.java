package dk.samvirke.search;

import dk.samvirke.organisations.Organisation;
import dk.samvirke.people.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityKey;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingEnvironment;

/**
 * What a person's profile needs beyond the person ({@link PersonProfileBinder}): whether they take part, and
 * their organisation. Asked one person at a time, that is a query or two per person, which made the reindex
 * after an import spend most of its time on 30 000 people. Where many people are indexed at once (the mass
 * indexer's loading threads, which {@link #environment()} marks, and {@link #during} a reindex of chosen
 * people) the first person asks for every person the session holds: the mass indexer loads its people in
 * batches into a session of their own, so that is one query for the batch's participations and one for its
 * organisations, asked as the batch is indexed, as before. Everywhere else (a change indexed as its
 * transaction commits) the one person is asked, exactly as before.
 */
final class PeopleFacts {

    /** Set on the threads that index many people; empty elsewhere. */
    private static final ThreadLocal<PeopleFacts> BATCHED = new ThreadLocal<>();

    /** The mass indexer loads 200 at a time; a session holding more is asked in parts of this size. */
    private static final int MAX_IDS = 1000;
    private static final int KEPT = 20 * MAX_IDS;

    private final Map<Long, Boolean> takesPart = new HashMap<>();
    private Session session;

    private PeopleFacts() {
    }

    /** For {@code MassIndexer.environment}: its loading threads, where documents are built, ask per batch. */
    static MassIndexingEnvironment environment() {
        return new MassIndexingEnvironment() {
            @Override
            public void beforeExecution(Context context) {
                BATCHED.set(new PeopleFacts());
            }

            @Override
            public void afterExecution(Context context) {
                BATCHED.remove();
            }
        };
    }

    /** Runs work (a transaction that indexes many people as it commits) with the people asked per session. */
    static <T> T during(Supplier<T> work) {
        if (BATCHED.get() != null) {
            return work.get();
        }
        BATCHED.set(new PeopleFacts());
        try {
            return work.get();
        } finally {
            BATCHED.remove();
        }
    }

    /** Whether the person has any participation, past or present. */
    static boolean takesPart(Person person, Session session) {
        PeopleFacts batched = BATCHED.get();
        return batched == null ? askOne(person, session) : batched.lookUp(person, session);
    }

    private boolean lookUp(Person person, Session session) {
        Boolean known = session == this.session ? takesPart.get(person.getId()) : null;
        if (known == null) {
            fetch(person, session);
            known = takesPart.get(person.getId());
        }
        return known;
    }

    /**
     * Asks for the person and everyone else the session holds who was not asked yet. What was asked is kept
     * while the session lasts (each person is indexed once), up to a bound.
     */
    private void fetch(Person person, Session session) {
        if (session != this.session || takesPart.size() > KEPT) {
            this.session = session;
            takesPart.clear();
        }
        List<Long> ids = new ArrayList<>();
        ids.add(person.getId());
        for (EntityKey key : session.unwrap(SharedSessionContractImplementor.class).getPersistenceContextInternal()
                .getEntityHoldersByKey().keySet()) {
            if (ids.size() >= MAX_IDS) {
                break;
            }
            if (Person.class.getName().equals(key.getEntityName()) && key.getIdentifier() instanceof Long id
                    && !id.equals(person.getId()) && !takesPart.containsKey(id)) {
                ids.add(id);
            }
        }
        ids.forEach(id -> takesPart.put(id, false));
        // Indexing may run while the session flushes: the questions must not start another flush.
        session.createSelectionQuery("select distinct pa.person.id from Participation pa where pa.person.id in :ids",
                        Long.class)
                .setParameter("ids", ids)
                .setHibernateFlushMode(FlushMode.MANUAL)
                .getResultList()
                .forEach(id -> takesPart.put(id, true));
        // Loaded into the session, so that each person's organisation is there rather than fetched on its own.
        session.createSelectionQuery("select distinct o from Person p join p.organisation o where p.id in :ids",
                        Organisation.class)
                .setParameter("ids", ids)
                .setHibernateFlushMode(FlushMode.MANUAL)
                .getResultList();
    }

    private static boolean askOne(Person person, Session session) {
        // Indexing runs while the session flushes: the question must not start another flush.
        return session.createSelectionQuery("select count(pa) from Participation pa where pa.person = :person", Long.class)
                .setParameter("person", person)
                .setHibernateFlushMode(FlushMode.MANUAL)
                .getSingleResult() > 0;
    }
}
