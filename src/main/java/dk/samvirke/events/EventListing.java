package dk.samvirke.events;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * An event in a list (interfaces.md §11): its counts of registered and waiting, its page's path.
 * Times are local date-times in Europe/Copenhagen.
 */
public record EventListing(long id, String key, String title, String titleEn, EventKind kind, LocalDateTime starts,
        LocalDateTime ends, String location, String onlineUrl, Integer capacity, int registered, int waiting,
        String product, String productName, String body, boolean cancelled, LocalDateTime signupCloses, int sequence,
        long version, String path) {

    public String title(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : title;
    }

    public boolean online() {
        return onlineUrl != null;
    }

    /** Seats left, or null without a limit. */
    public Integer seatsLeft() {
        return capacity == null ? null : Math.max(0, capacity - registered);
    }

    public LocalDateTime signupDeadline() {
        return signupCloses != null ? signupCloses : starts;
    }
}
