package dk.samvirke.events;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An event's fields, checked ({@link EventRules}). Times are local date-times in Europe/Copenhagen.
 *
 * @param product the product's key, or null for an event of the association (or of one of its bodies)
 * @param body the body's key (§9) when the event is one of its meetings, else null
 * @param capacity seats, or null for no limit
 * @param signupCloses when sign-up closes; null: when the event starts
 * @param organisers e-mail addresses of the people who organise it (they see and export the sign-ups)
 */
public record EventDetails(String title, String titleEn, EventKind kind, LocalDateTime starts, LocalDateTime ends,
        String product, String body, String location, String onlineUrl, Integer capacity, LocalDateTime signupCloses,
        String description, List<String> organisers) {

    public EventDetails {
        organisers = organisers == null ? List.of() : List.copyOf(organisers);
    }
}
