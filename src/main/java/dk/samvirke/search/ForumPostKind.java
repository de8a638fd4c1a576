package dk.samvirke.search;

import dk.samvirke.forum.Post;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.springframework.stereotype.Component;

/**
 * Replies by their text, shown under their topic's title (an opening post is found as its topic);
 * hidden posts and posts of hidden topics are never found.
 */
@Component
class ForumPostKind implements SearchableKind {

    @Override
    public String name() {
        return "posts";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Class<?> entityType() {
        return Post.class;
    }

    @Override
    public Map<String, Float> textFields() {
        return Map.of(SearchFields.BODY, 1f);
    }

    @Override
    public String titleField() {
        return SearchFields.TOPIC_TITLE;
    }

    @Override
    public List<String> snippetFields() {
        return List.of(SearchFields.BODY);
    }

    @Override
    public List<String> storedFields() {
        return List.of(SearchFields.TOPIC_TOPIC_ID);
    }

    @Override
    public Optional<PredicateFinalStep> filter(SearchPredicateFactory f, SearchRequest request) {
        return Optional.of(f.bool()
                .filter(f.match().field(SearchFields.HIDDEN).matching(false))
                .filter(f.match().field(SearchFields.OPENING).matching(false))
                .filter(f.match().field(SearchFields.TOPIC_HIDDEN).matching(false)));
    }

    @Override
    public SearchHit hit(SearchDocument d) {
        return new SearchHit(name(), null, d.highlighted(SearchFields.TOPIC_TITLE), d.snippet(snippetFields()),
                "/forum/topics/" + d.text(SearchFields.TOPIC_TOPIC_ID) + "#post-" + d.id(), Map.of());
    }
}
