package dk.samvirke.search;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one search over everything: each {@link SearchableKind} is asked in turn, with the same words. */
@Service
@Transactional(readOnly = true)
public class SiteSearch {


    private final EntityManager entityManager;
    private final List<SearchableKind> kinds;

    SiteSearch(EntityManager entityManager, List<SearchableKind> kinds) {
        this.entityManager = entityManager;
        this.kinds = kinds.stream().sorted(Comparator.comparingInt(SearchableKind::order)).toList();
    }

    /** The kinds' names in display order. */
    public List<String> kinds() {
        return kinds.stream().map(SearchableKind::name).toList();
    }

    public SearchResults search(SearchRequest request) {
        if (request.kind() != null && !kinds().contains(request.kind())) {
            throw new InvalidSearchException("kind", "Parameter 'kind' must be one of " + String.join(", ", kinds())
                    + ", was '" + request.kind() + "'");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        List<SearchGroup> groups = new ArrayList<>();
        for (SearchableKind kind : kinds) {
            if (request.kind() == null || request.kind().equals(kind.name())) {
                SearchGroup group = page(kind, request);
                groups.add(group);
                counts.put(kind.name(), group.total());
            } else {
                counts.put(kind.name(), count(kind, request));
            }
        }
        return new SearchResults(request, counts, groups);
    }

    private long count(SearchableKind kind, SearchRequest request) {
        return Search.session(entityManager).search(kind.entityType())
                .where(f -> predicate(f, kind, request))
                .fetchTotalHitCount();
    }

    private SearchGroup page(SearchableKind kind, SearchRequest request) {
        List<String> stored = new ArrayList<>(new LinkedHashSet<>(concat(List.of(kind.titleField()), kind.snippetFields(),
                kind.storedFields())));
        List<String> highlighted = new ArrayList<>(new LinkedHashSet<>(concat(List.of(kind.titleField()),
                kind.snippetFields())));
        var result = Search.session(entityManager).search(kind.entityType())
                .select(f -> f.composite().from(projections(f, stored, highlighted)).asList())
                .where(f -> predicate(f, kind, request))
                .sort(f -> f.score())
                // Unified: passages end at sentence boundaries. It cannot shorten a field without a match
                // (hence MAX_VALUE, which also keeps it from warning): SearchDocument does that.
                .highlighter(h -> h.unified().tag(Highlighted.OPEN, Highlighted.CLOSE)
                        .numberOfFragments(1).noMatchSize(Integer.MAX_VALUE))
                .fetch(Math.multiplyExact(request.page(), request.size()), request.size());
        List<SearchHit> hits = result.hits().stream()
                .map(values -> kind.hit(document(values, stored, highlighted)))
                .toList();
        return new SearchGroup(kind.name(), hits, request.page(), request.size(), result.total().hitCount());
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, SearchableKind kind, SearchRequest request) {
        var words = f.simpleQueryString();
        var fields = kind.textFields().entrySet().iterator();
        var first = fields.next();
        var step = words.field(first.getKey()).boost(first.getValue());
        while (fields.hasNext()) {
            var next = fields.next();
            step = step.field(next.getKey()).boost(next.getValue());
        }
        var matching = f.bool().should(step.matching(request.q()).defaultOperator(BooleanOperator.AND));
        if (!kind.exactFields().isEmpty()) {
            matching.should(f.match().fields(kind.exactFields().toArray(String[]::new)).matching(request.q()).boost(5f));
        }
        var filter = kind.filter(f, request);
        return filter.isEmpty() ? matching : f.bool().must(matching).filter(filter.get());
    }

    private static SearchProjection<?>[] projections(SearchProjectionFactory<?, ?> f, List<String> stored,
            List<String> highlighted) {
        List<SearchProjection<?>> projections = new ArrayList<>();
        projections.add(f.id().toProjection());
        // As indexed: codes, not the enums a value bridge made them from.
        stored.forEach(field -> projections.add(f.field(field, ValueModel.INDEX).toProjection()));
        highlighted.forEach(field -> projections.add(f.highlight(field).toProjection()));
        return projections.toArray(SearchProjection<?>[]::new);
    }

    private static SearchDocument document(List<?> values, List<String> stored, List<String> highlighted) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            fields.put(stored.get(i), values.get(1 + i));
        }
        Map<String, Highlighted> highlights = new LinkedHashMap<>();
        for (int i = 0; i < highlighted.size(); i++) {
            List<?> passages = (List<?>) values.get(1 + stored.size() + i);
            if (passages != null && !passages.isEmpty()) {
                highlights.put(highlighted.get(i), Highlighted.parse(passages.get(0).toString()));
            }
        }
        return new SearchDocument(values.get(0), fields, highlights);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
