package dk.samvirke.search;

import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.shared.CodedEnum;
import java.util.Locale;

/**
 * One search: the words, the filters and the page wanted of each kind's results.
 *
 * @param q                the words, as typed (1 to {@link #MAX_LENGTH} characters)
 * @param kind             only this kind's results (its {@link SearchableKind#name()}), or {@code null} for all
 * @param organisationType only organisations of this type and people of such organisations (the code,
 *                         {@code municipality}); kinds without an organisation type are not affected
 * @param page             0-based page of each kind's results
 * @param size             results per kind and page
 */
public record SearchRequest(String q, String kind, String organisationType, int page, int size) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_SIZE = 100;

    public SearchRequest {
        q = q == null ? "" : q.strip();
        if (q.isEmpty()) {
            throw new InvalidSearchException("q", "Parameter 'q' must hold the words to search for");
        }
        if (q.length() > MAX_LENGTH) {
            throw new InvalidSearchException("q", "Parameter 'q' may be at most " + MAX_LENGTH + " characters, was "
                    + q.length());
        }
        kind = blankToNull(kind);
        organisationType = organisationType == null || organisationType.isBlank() ? null
                : organisationType.strip().toLowerCase(Locale.ROOT);
        if (organisationType != null && CodedEnum.fromCode(OrganisationType.class, organisationType).isEmpty()) {
            throw new InvalidSearchException("type", "Parameter 'type' must be one of "
                    + CodedEnum.codes(OrganisationType.class) + ", was '" + organisationType + "'");
        }
        if (page < 0) {
            throw new InvalidSearchException("page", "Parameter 'page' must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidSearchException("size", "Parameter 'size' must be between 1 and " + MAX_SIZE + ", was " + size);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
