package dk.samvirke.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param counts how many results each kind has, every kind in display order, whatever the kind filter
 * @param groups the requested page of each kind searched (every kind, or the one asked for), in display order,
 *               kinds without results included
 */
public record SearchResults(SearchRequest request, Map<String, Long> counts, List<SearchGroup> groups) {

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
