package dk.samvirke.events;

import java.util.Optional;

/** Looks events up for other modules (governance links a decision to its meeting). */
public interface EventDirectory {

    Optional<EventSummary> find(long id);

    /** By the event's key (§11 {@code events.csv}; §9 {@code decisions.csv} refers to it). */
    Optional<EventSummary> find(String key);
}
