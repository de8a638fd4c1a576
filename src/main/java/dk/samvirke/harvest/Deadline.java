package dk.samvirke.harvest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The moment a harvest must give up: no repository may hold a worker for ever. */
record Deadline(Instant end, Clock clock) {

    static Deadline after(Duration duration) {
        Clock clock = Clock.systemUTC();
        return new Deadline(clock.instant().plus(duration), clock);
    }

    boolean passed() {
        return clock.instant().isAfter(end);
    }

    void check() {
        if (passed()) {
            throw new HarvestFailure("The harvest took longer than its time limit and was stopped");
        }
    }
}
