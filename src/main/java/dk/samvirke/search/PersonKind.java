package dk.samvirke.search;

import dk.samvirke.people.Person;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.springframework.stereotype.Component;

/**
 * Public profiles of people (see {@link PersonProfileBinder}): name, title, organisation. There is no
 * page of a person, so a result links to their organisation's; e-mail addresses are never indexed.
 */
@Component
class PersonKind implements SearchableKind {

    @Override
    public String name() {
        return "people";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Class<?> entityType() {
        return Person.class;
    }

    @Override
    public Map<String, Float> textFields() {
        return Map.of(SearchFields.NAME, 3f, SearchFields.TITLE, 1f, SearchFields.ORGANISATION, 1f);
    }

    @Override
    public Map<String, Float> partFields() {
        return Map.of(SearchFields.NAME, 1f);
    }

    @Override
    public String titleField() {
        return SearchFields.NAME;
    }

    @Override
    public List<String> snippetFields() {
        return List.of(SearchFields.TITLE, SearchFields.ORGANISATION);
    }

    @Override
    public List<String> storedFields() {
        return List.of(SearchFields.ORGANISATION_KEY);
    }

    @Override
    public Optional<PredicateFinalStep> filter(SearchPredicateFactory f, SearchRequest request) {
        var visible = f.bool().filter(f.match().field(SearchFields.PUBLIC).matching(true));
        OrganisationKind.OrganisationTypes.filter(f, SearchFields.ORGANISATION_TYPE, request).ifPresent(visible::filter);
        return Optional.of(visible);
    }

    @Override
    public SearchHit hit(SearchDocument d) {
        String organisationKey = d.text(SearchFields.ORGANISATION_KEY);
        Map<String, String> details = new LinkedHashMap<>();
        putIfPresent(details, "title", d.text(SearchFields.TITLE));
        putIfPresent(details, "organisation", d.text(SearchFields.ORGANISATION));
        return new SearchHit(name(), null, d.highlighted(SearchFields.NAME), d.snippet(snippetFields()),
                organisationKey == null ? null : "/organisationer/" + organisationKey, details);
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
