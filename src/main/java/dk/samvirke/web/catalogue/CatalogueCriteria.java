package dk.samvirke.web.catalogue;

import dk.samvirke.usage.CatalogueSearch;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a visitor asks the catalogue for, bound from the GET form. Every field is optional and
 * forgiving: an unknown sort or a page out of range shows something sensible rather than an error.
 *
 * @param q words to find in the name or summary, case-insensitive
 * @param inUse {@code yes}, {@code no} or empty for both
 * @param sort {@code name} (default) or {@code users}
 * @param page 1-based
 */
public record CatalogueCriteria(String q, String owner, String licence, String inUse, String sort, Integer page) {

    public CatalogueCriteria {
        q = blankToNull(q);
        owner = blankToNull(owner);
        licence = blankToNull(licence);
        inUse = "yes".equals(inUse) || "no".equals(inUse) ? inUse : null;
        sort = "users".equals(sort) ? "users" : "name";
        page = page == null || page < 1 ? 1 : page;
    }

    public static CatalogueCriteria all() {
        return new CatalogueCriteria(null, null, null, null, null, null);
    }

    /** The same question for the catalogue search that the API asks. */
    CatalogueSearch.Query query() {
        return new CatalogueSearch.Query(q, owner, licence, inUse == null ? null : inUse.equals("yes"),
                "users".equals(sort) ? CatalogueSearch.Order.USERS : CatalogueSearch.Order.NAME);
    }

    public boolean isFiltered() {
        return q != null || owner != null || licence != null || inUse != null;
    }

    /** The address of another page of the same result. */
    String hrefOfPage(int number) {
        var uri = UriComponentsBuilder.fromPath("/produkter");
        if (q != null) {
            uri.queryParam("q", q);
        }
        if (owner != null) {
            uri.queryParam("owner", owner);
        }
        if (licence != null) {
            uri.queryParam("licence", licence);
        }
        if (inUse != null) {
            uri.queryParam("inUse", inUse);
        }
        if (!"name".equals(sort)) {
            uri.queryParam("sort", sort);
        }
        if (number > 1) {
            uri.queryParam("page", number);
        }
        return uri.encode().build().toUriString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
