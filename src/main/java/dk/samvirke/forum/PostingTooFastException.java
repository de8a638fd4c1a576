package dk.samvirke.forum;

import java.time.Duration;

/** The author posted more than the limits allow; {@link #retryAfter()} says when the next post will be taken. */
public class PostingTooFastException extends RuntimeException {

    private final Duration retryAfter;

    PostingTooFastException(Duration retryAfter) {
        super("Too many posts in a short time; try again in " + retryAfter.toSeconds() + " seconds");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
