package dk.samvirke.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: more than {@link #LIMIT} failed sign-ins within a minute from one
 * address, or against one account, are answered 429. The account's block applies only to the
 * addresses that failed against it, so its owner can still sign in from elsewhere.
 */
@Component
class SignInThrottle {

    static final int LIMIT = 10;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failuresByAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failuresByAccountAndAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Seconds to wait before trying again, or 0 when the attempt may go ahead. */
    long retryAfterSeconds(String address, String account) {
        Instant now = clock.instant();
        long wait = waitFor(failuresByAddress, address, now, LIMIT);
        if (account != null && recent(failuresByAccountAndAddress, account + " " + address, now) > 0) {
            wait = Math.max(wait, waitFor(failuresByAccount, account, now, LIMIT));
        }
        return wait;
    }

    void failed(String address, String account) {
        Instant now = clock.instant();
        add(failuresByAddress, address, now);
        if (account != null) {
            add(failuresByAccount, account, now);
            add(failuresByAccountAndAddress, account + " " + address, now);
        }
    }

    void succeeded(String address, String account) {
        failuresByAccountAndAddress.remove(account + " " + address);
    }

    private long waitFor(Map<String, Deque<Instant>> failures, String key, Instant now, int limit) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return 0;
            }
            Instant oldest = times.peekFirst();
            return Math.max(1, Duration.between(now, oldest.plus(WINDOW)).toSeconds() + 1);
        }
    }

    private int recent(Map<String, Deque<Instant>> failures, String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times, now);
            return times.size();
        }
    }

    private void add(Map<String, Deque<Instant>> failures, String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
        if (failures.size() > 100_000) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
            times.removeFirst();
        }
    }
}
