package dk.samvirke.mail;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to send e-mail (see the package documentation): queue it in your transaction, ask its status
 * later. Nothing is sent if the transaction rolls back; what commits is sent once, however often it must be
 * tried.
 */
@Service
public class Outbox {

    private final OutgoingMails mails;
    private final ApplicationEventPublisher events;

    Outbox(OutgoingMails mails, ApplicationEventPublisher events) {
        this.mails = mails;
        this.events = events;
    }

    /** Queues the mail in the caller's transaction (which it needs: the mail is part of the change). */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID queue(OutgoingMail mail) {
        UUID id = UUID.randomUUID();
        mails.insert(id, mail);
        events.publishEvent(new MailQueued(id));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<MailStatus> status(UUID mail) {
        return mails.status(mail);
    }

    /** The status of the newest mail about {@code reference}, if there is one. */
    @Transactional(readOnly = true)
    public Optional<MailStatus> status(String reference) {
        return Optional.ofNullable(mails.latest(List.of(reference)).get(reference));
    }

    /** As {@link #status(String)} for many references at once (a list page). */
    @Transactional(readOnly = true)
    public Map<String, MailStatus> statuses(Collection<String> references) {
        return mails.latest(references);
    }
}
