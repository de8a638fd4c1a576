package dk.samvirke.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Which page of a list is shown and the links to the others, 1-based as a reader counts. Long runs
 * of pages collapse to "…" so the control fits a phone.
 *
 * @param items the numbered links in order; a {@code null} number is a gap
 */
public record Pagination(int page, int totalPages, int total, String previous, String next, List<Item> items) {

    public record Item(Integer number, String href, boolean current) {
    }

    public static Pagination of(int requestedPage, int pageSize, int total, IntFunction<String> hrefOfPage) {
        int totalPages = Math.max(1, (total + pageSize - 1) / pageSize);
        int page = clamp(requestedPage, totalPages);
        List<Item> items = new ArrayList<>();
        Integer last = null;
        for (int n = 1; n <= totalPages; n++) {
            boolean shown = n == 1 || n == totalPages || Math.abs(n - page) <= 1;
            if (shown) {
                if (last != null && n - last > 1) {
                    items.add(new Item(null, null, false));
                }
                items.add(new Item(n, hrefOfPage.apply(n), n == page));
                last = n;
            }
        }
        return new Pagination(page, totalPages, total,
                page > 1 ? hrefOfPage.apply(page - 1) : null,
                page < totalPages ? hrefOfPage.apply(page + 1) : null,
                items);
    }

    /** A page number from a request: anything out of range shows the nearest page that exists. */
    public static int clamp(int requestedPage, int totalPages) {
        return Math.min(Math.max(1, requestedPage), Math.max(1, totalPages));
    }

    public int offset(int pageSize) {
        return (page - 1) * pageSize;
    }

    public boolean isNeeded() {
        return totalPages > 1;
    }
}
