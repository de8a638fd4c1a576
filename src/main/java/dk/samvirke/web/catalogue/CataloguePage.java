package dk.samvirke.web.catalogue;

import dk.samvirke.web.Pagination;
import java.util.List;

/** One page of the catalogue, with what the filter form offers. */
public record CataloguePage(CatalogueCriteria criteria, List<ProductRow> products, Pagination pagination,
        List<Option> owners, List<String> licences) {

    public record ProductRow(String key, String name, String summary, String ownerKey, String ownerName,
            String licence, int users) {

        public boolean inUse() {
            return users > 0;
        }
    }

    public record Option(String value, String label) {
    }
}
