package dk.samvirke.events;

import java.time.LocalDateTime;

/**
 * Which events: starting from {@code from} (inclusive) and before {@code to} (exclusive), of a product, of
 * a kind; any may be null. {@code newestFirst} orders the past ones latest first.
 */
public record EventFilter(LocalDateTime from, LocalDateTime to, String product, EventKind kind, boolean newestFirst) {

    public static EventFilter all() {
        return new EventFilter(null, null, null, null, false);
    }
}
