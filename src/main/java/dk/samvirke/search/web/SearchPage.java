package dk.samvirke.search.web;

import dk.samvirke.search.SearchHit;
import dk.samvirke.web.Pagination;
import java.util.List;

/**
 * The search page's view.
 *
 * @param q          the words, or empty before a search
 * @param kind       the kind shown alone, or {@code null} for an overview of every kind
 * @param type       the organisation type filter, or {@code null}
 * @param tabs       one per kind, with its count, and "all" first
 * @param groups     the kinds shown, each with its first results (overview) or one page (one kind)
 * @param pagination the pages of the one kind shown; {@code null} in the overview
 */
public record SearchPage(String q, String kind, String type, long total, List<String> types, List<Tab> tabs, List<Group> groups,
        Pagination pagination) {

    public boolean isSearched() {
        return !q.isEmpty();
    }

    public boolean isFiltered() {
        return kind != null || type != null;
    }

    /** A link to all results or to one kind's. */
    public record Tab(String kind, long count, String href, boolean current) {
    }

    /** One kind's results; {@code more} links to the rest when the overview shows only the first. */
    public record Group(String kind, long total, List<SearchHit> items, String more) {
    }
}
