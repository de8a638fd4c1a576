package dk.samvirke.search;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Decisions of the bodies (interfaces.md §9) by title and text, each at its own address. */
@Component
class DecisionSearchKind implements SearchableKind {

    @Override
    public String name() {
        return "decisions";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Class<?> entityType() {
        return dk.samvirke.governance.DecisionDocument.class;
    }

    @Override
    public Map<String, Float> textFields() {
        return Map.of(SearchFields.TITLE, 2f, SearchFields.BODY, 1f);
    }

    @Override
    public List<String> exactFields() {
        return List.of(SearchFields.KEY);
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
        return List.of(SearchFields.KEY);
    }

    @Override
    public SearchHit hit(SearchDocument d) {
        String key = d.text(SearchFields.KEY);
        return new SearchHit(name(), key, d.highlighted(SearchFields.TITLE), d.snippet(snippetFields()),
                "/beslutninger/" + key, Map.of());
    }
}
