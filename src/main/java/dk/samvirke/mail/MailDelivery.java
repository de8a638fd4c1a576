package dk.samvirke.mail;

import dk.samvirke.shared.SamvirkeProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a queued mail after its transaction commits. A failure is thrown on, so the publication stays
 * incomplete and is resubmitted ({@link OutboxTasks}); the mail's own row says why it failed. Claim, send and
 * the record of delivery each commit at once, never with the publication's completion.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    /** A node that claimed a mail and did not finish in this time has died; another may take it over. */
    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(5);
    private static final Session SESSION = Session.getInstance(new Properties());

    private final OutgoingMails mails;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final SamvirkeProperties properties;
    private final TransactionTemplate separately;

    MailDelivery(OutgoingMails mails, ObjectProvider<JavaMailSender> mailSender, SamvirkeProperties properties,
            PlatformTransactionManager transactions) {
        this.mails = mails;
        this.mailSender = mailSender;
        this.properties = properties;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(MailQueued queued) {
        deliver(queued.mail());
    }

    void deliver(UUID id) {
        var pending = separately.execute(status -> mails.claim(id, CLAIM_TIMEOUT));
        if (pending == null || pending.isEmpty()) {
            if (!mails.isSent(id) && mails.status(id).isPresent()) {
                // Claimed by another node just now: its delivery, not ours; this publication is tried again later.
                throw new MailNotSentException("Mail " + id + " is being sent by another node");
            }
            return; // sent already (a retry after a crash between sending and completing), or forgotten
        }
        JavaMailSender sender = mailSender.getIfAvailable();
        try {
            if (sender == null) {
                throw new MailNotSentException("no mail server is configured (spring.mail.host)");
            }
            sender.send(message(id, pending.get().mail()));
        } catch (MailException | MailNotSentException e) {
            separately.executeWithoutResult(status -> mails.failed(id, e.getMessage()));
            log.warn("Could not send the mail {} ({}); it stays queued and is tried again: {}", id,
                    pending.get().mail().subject(), e.getMessage());
            throw e instanceof MailNotSentException notSent ? notSent : new MailNotSentException(e.getMessage());
        }
        separately.executeWithoutResult(status -> mails.sent(id));
    }

    private MimeMessage message(UUID id, OutgoingMail mail) {
        try {
            MimeMessage message = new StableIdMessage("<" + id + "@" + domain() + ">");
            var helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.mail().from());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text());
            for (var header : mail.headers().entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
            return message;
        } catch (MessagingException e) {
            throw new MailNotSentException("Could not compose the mail to " + mail.to() + ": " + e.getMessage());
        }
    }

    private String domain() {
        String base = properties.baseUrl().replaceFirst("^[a-z]+://", "");
        int end = base.indexOf('/');
        base = end < 0 ? base : base.substring(0, end);
        end = base.indexOf(':');
        return end < 0 ? base : base.substring(0, end);
    }

    /** Keeps its Message-ID however often it is saved: a retry is the same mail, not a second one. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(String messageId) {
            super(SESSION);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    /** The mail is still queued; the publication must stay incomplete. */
    static final class MailNotSentException extends RuntimeException {
        MailNotSentException(String message) {
            super(message);
        }
    }
}
