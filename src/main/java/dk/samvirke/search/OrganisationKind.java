package dk.samvirke.search;

import dk.samvirke.organisations.Organisation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.springframework.stereotype.Component;

/** Organisations, by name (also its parts and beginnings), key and municipality code; filtered by type. */
@Component
class OrganisationKind implements SearchableKind {

    @Override
    public String name() {
        return "organisations";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Class<?> entityType() {
        return Organisation.class;
    }

    @Override
    public Map<String, Float> textFields() {
        return Map.of(SearchFields.NAME, 3f);
    }

    @Override
    public Map<String, Float> partFields() {
        return Map.of(SearchFields.NAME, 1f);
    }

    @Override
    public List<String> exactFields() {
        return List.of(SearchFields.KEY, SearchFields.MUNICIPALITY_CODE);
    }

    @Override
    public String titleField() {
        return SearchFields.NAME;
    }

    @Override
    public List<String> snippetFields() {
        return List.of();
    }

    @Override
    public List<String> storedFields() {
        return List.of(SearchFields.KEY, SearchFields.TYPE, SearchFields.MUNICIPALITY_CODE);
    }

    @Override
    public Optional<PredicateFinalStep> filter(SearchPredicateFactory f, SearchRequest request) {
        return OrganisationTypes.filter(f, SearchFields.TYPE, request);
    }

    @Override
    public SearchHit hit(SearchDocument d) {
        String key = d.text(SearchFields.KEY);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("type", d.text(SearchFields.TYPE));
        if (d.text(SearchFields.MUNICIPALITY_CODE) != null) {
            details.put("municipalityCode", d.text(SearchFields.MUNICIPALITY_CODE));
        }
        return new SearchHit(name(), key, d.highlighted(SearchFields.NAME), Highlighted.plain(null),
                "/organisationer/" + key, details);
    }

    /** The organisation type filter, shared by the kinds it applies to. */
    static final class OrganisationTypes {

        private OrganisationTypes() {
        }

        static Optional<PredicateFinalStep> filter(SearchPredicateFactory f, String field, SearchRequest request) {
            if (request.organisationType() == null) {
                return Optional.empty();
            }
            return Optional.of(f.match().field(field).matching(request.organisationType(), ValueModel.INDEX));
        }
    }
}
