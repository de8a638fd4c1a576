package dk.samvirke.history;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Hooks the {@link AuditTrail} into Hibernate's insert, update and delete events. Hooked once every singleton is
 * made, not in the constructor: Hibernate is built on a thread of its own during the start
 * ({@code spring.jpa.bootstrap=async}), and asking for it early would make the start wait for it there. Nothing
 * writes before then: repositories are made after this, and the application's work starts later still.
 */
@Component
class AuditTrailRegistration implements SmartInitializingSingleton {

    private final EntityManagerFactory entityManagerFactory;

    AuditTrailRegistration(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var listeners = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
        var trail = new AuditTrail();
        listeners.appendListeners(EventType.POST_INSERT, trail);
        listeners.appendListeners(EventType.POST_UPDATE, trail);
        listeners.appendListeners(EventType.POST_DELETE, trail);
    }
}
