package dk.samvirke.search;

import java.util.Map;

/**
 * One result, as every kind describes it.
 *
 * @param kind    the kind's name ({@code products})
 * @param key     the record's public key, or {@code null} when it has none to show (people)
 * @param title   the record's name with the matches marked
 * @param snippet a passage of other text with the matches marked; empty when there is none
 * @param path    the page that shows the record, relative to the site ({@code /produkter/os2forms}), or {@code null}
 * @param details a few plain facts for the result line (type, organisation), in display order
 */
public record SearchHit(String kind, String key, Highlighted title, Highlighted snippet, String path,
        Map<String, String> details) {

    public SearchHit {
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
    }
}
