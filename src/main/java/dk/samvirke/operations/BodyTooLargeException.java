package dk.samvirke.operations;

import java.io.IOException;

/**
 * A request body grew past its limit while being read (a chunked body has no length to check first).
 * An {@link IOException}, so that whatever reads the body (the JSON converter) fails at once.
 */
public class BodyTooLargeException extends IOException {

    private final long limit;

    BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** What the 413 answer says. */
    public static String detail(long limit) {
        return "The request body may be at most " + limit + " bytes";
    }

    /** The exception, if it is in the cause chain of {@code failure}. */
    public static java.util.Optional<BodyTooLargeException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return java.util.Optional.of(tooLarge);
            }
        }
        return java.util.Optional.empty();
    }
}
