package dk.samvirke.search;

import dk.samvirke.events.Event;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Events by title, description and place (interfaces.md §4: search across products, organisations, forum and events). */
@Component
class EventSearchKind implements SearchableKind {

    @Override
    public String name() {
        return "events";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Class<?> entityType() {
        return Event.class;
    }

    @Override
    public Map<String, Float> textFields() {
        return Map.of(SearchFields.TITLE, 2f, SearchFields.BODY, 1f, SearchFields.SUMMARY, 1f);
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
        return List.of(SearchFields.BODY, SearchFields.SUMMARY);
    }

    @Override
    public List<String> storedFields() {
        return List.of(SearchFields.KEY);
    }

    @Override
    public SearchHit hit(SearchDocument d) {
        String key = d.text(SearchFields.KEY);
        return new SearchHit(name(), key, d.highlighted(SearchFields.TITLE), d.snippet(snippetFields()),
                "/arrangementer/" + key, Map.of());
    }
}
