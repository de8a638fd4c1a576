package dk.samvirke.accounts;

import dk.samvirke.accounts.SecurityEvents.Kind;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: more than {@link #LIMIT} failed sign-ins within a minute from one
 * address, or against one account, are answered 429. The account's block applies only to the
 * addresses that failed against it, so its owner can still sign in from elsewhere. Counted in the
 * database ({@link SecurityEvents}), so every application node holds the same line.
 */
@Component
class SignInThrottle {

    static final int LIMIT = 10;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final SecurityEvents events;

    SignInThrottle(SecurityEvents events) {
        this.events = events;
    }

    /** Seconds to wait before trying again, or 0 when the attempt may go ahead. */
    long retryAfterSeconds(String address, String account) {
        long wait = events.limitReachedAt(Kind.SIGN_IN, null, address, WINDOW, LIMIT)
                .map(at -> events.secondsUntilFree(at, WINDOW)).orElse(0L);
        if (account != null && events.anyUncleared(Kind.SIGN_IN, account, address, WINDOW)) {
            wait = Math.max(wait, events.limitReachedAt(Kind.SIGN_IN, account, null, WINDOW, LIMIT)
                    .map(at -> events.secondsUntilFree(at, WINDOW)).orElse(0L));
        }
        return wait;
    }

    void failed(String address, String account) {
        events.record(Kind.SIGN_IN, account, address);
    }

    /** This address proved it knows the password: the account's block no longer applies to it. */
    void succeeded(String address, String account) {
        events.clear(Kind.SIGN_IN, account, address);
    }
}
