package dk.samvirke.api.v1;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code ?page=0&size=20}, checked: a page is never negative, never larger than {@link #MAX_SIZE}, and never
 * starts beyond the 2 147 483 647th item (400 otherwise, so {@code page=2147483647} never overflows an
 * offset). A page past the end of a list is an empty page: the database is not asked for rows past the total.
 */
public record PageRequestParams(int page, int size) {

    public static final int MAX_SIZE = 500;

    public PageRequestParams {
        if (page < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page " + page + " of " + size
                    + " starts beyond any list; ask for an earlier page");
        }
    }

    /** Where the page starts: within int range, see above. */
    public int offset() {
        return page * size;
    }

    public Pageable pageable() {
        return PageRequest.of(page, size);
    }
}
