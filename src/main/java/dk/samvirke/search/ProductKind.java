package dk.samvirke.search;

import dk.samvirke.catalogue.Product;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Products, by name (also its parts: "loop" finds OS2loop), summary, descriptions and key. */
@Component
class ProductKind implements SearchableKind {

    @Override
    public String name() {
        return "products";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Class<?> entityType() {
        return Product.class;
    }

    @Override
    public Map<String, Float> textFields() {
        return Map.of(SearchFields.NAME, 3f, SearchFields.SUMMARY, 1f, SearchFields.DESCRIPTION_SHORT, 1f,
                SearchFields.DESCRIPTION_LONG, 0.5f);
    }

    @Override
    public Map<String, Float> partFields() {
        return Map.of(SearchFields.NAME, 1f);
    }

    @Override
    public List<String> exactFields() {
        return List.of(SearchFields.KEY);
    }

    @Override
    public String titleField() {
        return SearchFields.NAME;
    }

    @Override
    public List<String> snippetFields() {
        return List.of(SearchFields.SUMMARY, SearchFields.DESCRIPTION_SHORT, SearchFields.DESCRIPTION_LONG);
    }

    @Override
    public List<String> storedFields() {
        return List.of(SearchFields.KEY);
    }

    @Override
    public SearchHit hit(SearchDocument d) {
        String key = d.text(SearchFields.KEY);
        return new SearchHit(name(), key, d.highlighted(SearchFields.NAME), d.snippet(snippetFields()),
                "/produkter/" + key, Map.of());
    }
}
