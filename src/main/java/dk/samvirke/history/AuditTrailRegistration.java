package dk.samvirke.history;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.springframework.stereotype.Component;

/** Hooks the {@link AuditTrail} into Hibernate's insert, update and delete events. */
@Component
class AuditTrailRegistration {

    AuditTrailRegistration(EntityManagerFactory entityManagerFactory) {
        var listeners = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
        var trail = new AuditTrail();
        listeners.appendListeners(EventType.POST_INSERT, trail);
        listeners.appendListeners(EventType.POST_UPDATE, trail);
        listeners.appendListeners(EventType.POST_DELETE, trail);
    }
}
