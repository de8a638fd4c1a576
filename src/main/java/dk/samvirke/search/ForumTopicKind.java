package dk.samvirke.search;

import dk.samvirke.forum.Topic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.springframework.stereotype.Component;

/**
 * Forum topics by title and opening post, one result each: the opening post is not also a post result
 * (see {@link OpeningPost}). Hidden topics are never found, nor the text of a hidden opening post.
 */
@Component
class ForumTopicKind implements SearchableKind {

    @Override
    public String name() {
        return "topics";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Class<?> entityType() {
        return Topic.class;
    }

    @Override
    public Map<String, Float> textFields() {
        return Map.of(SearchFields.TITLE, 2f, SearchFields.BODY, 1f);
    }

    @Override
    public String titleField() {
        return SearchFields.TITLE;
    }

    @Override
    public List<String> snippetFields() {
        return List.of(SearchFields.BODY);
    }

    @Override
    public List<String> storedFields() {
        return List.of(SearchFields.TOPIC_ID);
    }

    @Override
    public Optional<PredicateFinalStep> filter(SearchPredicateFactory f, SearchRequest request) {
        return Optional.of(f.bool().filter(f.match().field(SearchFields.HIDDEN).matching(false)));
    }

    @Override
    public SearchHit hit(SearchDocument d) {
        return new SearchHit(name(), null, d.highlighted(SearchFields.TITLE), d.snippet(snippetFields()),
                "/forum/topics/" + d.text(SearchFields.TOPIC_ID), Map.of());
    }
}
