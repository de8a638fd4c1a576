package dk.samvirke.events;

import java.util.List;

/**
 * An event as sent by the API, a form or a row of {@code events.csv}: text, checked by {@link EventRules}.
 * Times are local date-times {@code YYYY-MM-DDTHH:MM} in Europe/Copenhagen.
 */
public record EventRequest(String key, String title, String titleEn, String kind, String starts, String ends,
        String product, String body, String location, String onlineUrl, String capacity, String signupCloses,
        String description, List<String> organisers) {
}
