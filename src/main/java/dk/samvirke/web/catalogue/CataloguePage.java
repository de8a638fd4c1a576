package dk.samvirke.web.catalogue;

import dk.samvirke.usage.CatalogueSearch;
import dk.samvirke.web.Pagination;
import java.util.List;

/** One page of the catalogue, with what the filter form offers. */
public record CataloguePage(CatalogueCriteria criteria, List<CatalogueSearch.Entry> products, Pagination pagination,
        List<Option> owners, List<String> licences) {

    public record Option(String value, String label) {
    }
}
