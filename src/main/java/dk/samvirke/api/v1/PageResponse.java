package dk.samvirke.api.v1;

import java.util.List;

/** The paged list answer of interfaces.md §4: {@code {"items", "page", "size", "total"}}. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    /** Pages a list that is already in memory and in order. */
    public static <T> PageResponse<T> of(List<T> all, PageRequestParams params) {
        int from = (int) Math.min((long) params.page() * params.size(), all.size());
        int to = Math.min(from + params.size(), all.size());
        return new PageResponse<>(all.subList(from, to), params.page(), params.size(), all.size());
    }
}
