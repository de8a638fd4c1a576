package dk.samvirke.harvest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * How many bytes, and until when, the fetch running on this thread may download. JGit's HTTP
 * transport reads on the thread that called fetch, so a thread-local reaches every connection
 * of one fetch (the first request, redirects, the pack) without JGit knowing about it.
 */
final class FetchBudget {

    private static final ThreadLocal<FetchBudget> CURRENT = new ThreadLocal<>();

    private final long maxBytes;
    private final Deadline deadline;
    private long used;

    FetchBudget(long maxBytes, Deadline deadline) {
        this.maxBytes = maxBytes;
        this.deadline = deadline;
    }

    /** Runs a fetch under this budget. */
    <T, E extends Exception> T during(Fetch<T, E> fetch) throws E {
        FetchBudget previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return fetch.run();
        } finally {
            CURRENT.set(previous);
        }
    }

    /** The budget of the fetch on this thread, or one of {@code fallbackBytes} when there is none. */
    static FetchBudget current(long fallbackBytes) {
        FetchBudget budget = CURRENT.get();
        return budget != null ? budget : new FetchBudget(fallbackBytes, null);
    }

    InputStream guard(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }
        };
    }

    private synchronized void count(int bytes) throws IOException {
        used += bytes;
        if (used > maxBytes) {
            throw new IOException("The repository is larger than the limit of " + (maxBytes / (1024 * 1024)) + " MB");
        }
        if (deadline != null && deadline.passed()) {
            throw new IOException("The fetch took longer than the harvest's time limit");
        }
    }

    @FunctionalInterface
    interface Fetch<T, E extends Exception> {
        T run() throws E;
    }
}
