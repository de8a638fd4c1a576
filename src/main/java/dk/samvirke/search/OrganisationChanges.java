package dk.samvirke.search;

import dk.samvirke.organisations.Organisation;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A person's profile shows their organisation's name and type, but an organisation does not know
 * its people, so Hibernate Search cannot tell which profiles a renamed organisation touches. This
 * notes such changes and, once the transaction has committed, reindexes those organisations' people.
 */
@Component
class OrganisationChanges implements PostUpdateEventListener, SmartInitializingSingleton {

    private static final Set<String> SHOWN_ON_PROFILES = Set.of("name", "type");

    private final EntityManagerFactory entityManagerFactory;
    private final SearchIndexing indexing;

    OrganisationChanges(EntityManagerFactory entityManagerFactory, SearchIndexing indexing) {
        this.entityManagerFactory = entityManagerFactory;
        this.indexing = indexing;
    }

    /**
     * Registered once every singleton is made, not in the constructor: Hibernate is built on a thread of its own
     * during the start ({@code spring.jpa.bootstrap=async}), and asking for it early would make the start wait.
     */
    @Override
    public void afterSingletonsInstantiated() {
        entityManagerFactory.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry()
                .appendListeners(EventType.POST_UPDATE, this);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!(event.getEntity() instanceof Organisation) || !touchesProfiles(event)
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Long id = (Long) event.getId();
        @SuppressWarnings("unchecked")
        var pending = (Set<Long>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<Long> ids = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(this, ids);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    indexing.reindexPeopleOf(ids);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(OrganisationChanges.this);
                }
            });
            pending = ids;
        }
        pending.add(id);
    }

    private static boolean touchesProfiles(PostUpdateEvent event) {
        int[] dirty = event.getDirtyProperties();
        String[] names = event.getPersister().getPropertyNames();
        return dirty == null || Arrays.stream(dirty).anyMatch(i -> SHOWN_ON_PROFILES.contains(names[i]));
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
