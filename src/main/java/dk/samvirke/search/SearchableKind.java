package dk.samvirke.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * A kind of record the site search finds: a Spring bean of any module whose entity is indexed (see
 * {@code package-info.java} for how to add one). The search asks each kind in {@link #order()} and
 * builds results from the index alone, so every field a kind names must be projectable.
 */
public interface SearchableKind {

    /** Its name in the API and in addresses ({@code products}); the page's label is the message {@code search.kind.NAME}. */
    String name();

    /** Where its results come in the answer: the registry uses 10, 20, 30; leave room between. */
    int order();

    /** The indexed entity whose documents this kind finds. */
    Class<?> entityType();

    /** Full-text fields searched with the Danish analysis, each with its weight (1 is normal). */
    Map<String, Float> textFields();

    /**
     * Name fields among {@link #textFields()} also matched by the beginnings of their words and by the
     * parts of their compounds ("loop" finds OS2loop), through their twins {@link SearchFields#parts}
     * (which {@code SearchMapping} maps beside a name), each with its weight: keep it below the name's own,
     * so that a whole word ranks above a beginning. The title shows the twin's marks when only it matched.
     */
    default Map<String, Float> partFields() {
        return Map.of();
    }

    /** Keyword fields that match when the whole query equals them (keys, codes). */
    default List<String> exactFields() {
        return List.of();
    }

    /** The field shown, highlighted, as the result's title. */
    String titleField();

    /** Fields tried in turn for the snippet: the first with a match, else the first with text. */
    List<String> snippetFields();

    /** Other stored fields {@link #hit} reads (keys for links, codes); the title and snippet fields need not be named. */
    default List<String> storedFields() {
        return List.of();
    }

    /**
     * What limits this kind's results beyond the words: what the current reader may not see (read
     * the security context for who that is) and the request's filters. Empty when nothing limits it.
     */
    default Optional<PredicateFinalStep> filter(SearchPredicateFactory f, SearchRequest request) {
        return Optional.empty();
    }

    /** One result from its document. */
    SearchHit hit(SearchDocument document);
}
