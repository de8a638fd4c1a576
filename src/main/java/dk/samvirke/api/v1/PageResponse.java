package dk.samvirke.api.v1;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** The paged list answer of interfaces.md §4: {@code {"items", "page", "size", "total"}}. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    /** Pages a short list that is already in memory and in order. */
    public static <T> PageResponse<T> of(List<T> all, PageRequestParams params) {
        int from = Math.min(params.offset(), all.size());
        int to = Math.min(from + params.size(), all.size());
        return new PageResponse<>(all.subList(from, to), params.page(), params.size(), all.size());
    }

    /** A page the database cut, its items mapped to their representation. */
    public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> representation) {
        return new PageResponse<>(page.getContent().stream().map(representation).toList(), page.getNumber(),
                page.getSize(), page.getTotalElements());
    }
}
