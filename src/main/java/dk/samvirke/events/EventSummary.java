package dk.samvirke.events;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * An event in a few words, for other modules to link to it.
 *
 * @param id the event's id
 * @param key the event's key (the data package's and the API's reference)
 * @param titleDa the title in Danish
 * @param titleEn the title in English ({@code null}: the Danish title)
 * @param starts when it starts, local time in Europe/Copenhagen
 * @param cancelled whether it was cancelled
 * @param path the event page's path, e.g. {@code /arrangementer/styregruppe-2027-01}
 */
public record EventSummary(long id, String key, String titleDa, String titleEn, LocalDateTime starts,
        boolean cancelled, String path) {

    public String title(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank()
                ? titleEn : titleDa;
    }
}
