package dk.samvirke.events;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.stereotype.Component;

/**
 * Sign-ups and cancellations of one event on this node queue here, first come first served, before they take a
 * database connection: many people signing up at the same moment then wait in memory instead of holding every
 * pooled connection while they wait for the event's row lock (which still decides, across nodes: see
 * {@link Events#findForChange}). Keys share one of a fixed number of fair locks.
 */
@Component
class SeatTurns {

    private static final int STRIPES = 64;
    private static final long MOST_SECONDS = 30;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    SeatTurns() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock(true);
        }
    }

    <T> T inTurn(String eventKey, Supplier<T> work) {
        var lock = locks[Math.floorMod(eventKey == null ? 0 : eventKey.hashCode(), STRIPES)];
        try {
            if (!lock.tryLock(MOST_SECONDS, TimeUnit.SECONDS)) {
                throw new CannotAcquireLockException("Too many sign-ups for this event at once; try again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotAcquireLockException("Interrupted while waiting to sign up", e);
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
