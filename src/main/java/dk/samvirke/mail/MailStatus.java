package dk.samvirke.mail;

import java.time.LocalDateTime;

/**
 * Where a mail stands, for a page to tell the truth: {@link State#QUEUED} until the mail server has taken
 * it (with how often it was tried and why it failed last), then {@link State#SENT}. Times are UTC.
 */
public record MailStatus(State state, LocalDateTime queuedAt, LocalDateTime sentAt, int attempts, String lastError) {

    public enum State { QUEUED, SENT }

    public boolean sent() {
        return state == State.SENT;
    }
}
