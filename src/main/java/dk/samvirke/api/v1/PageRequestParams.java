package dk.samvirke.api.v1;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** {@code ?page=0&size=20}, checked: a page is never negative and never larger than {@link #MAX_SIZE}. */
public record PageRequestParams(int page, int size) {

    public static final int MAX_SIZE = 500;

    public PageRequestParams {
        if (page < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
    }
}
