package dk.samvirke.accounts;

import dk.samvirke.shared.SamvirkeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Invitations and password-reset links, in Danish first and English below. */
@Component
class AccountMail {

    private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final SamvirkeProperties properties;

    AccountMail(ObjectProvider<JavaMailSender> mailSender, SamvirkeProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    void invitation(String email, String name, String token) {
        String link = properties.baseUrl() + "/konto/invitation?token=" + token;
        send(email, "Invitation til Samvirke / Invitation to Samvirke", """
                Hej %1$s

                Du er inviteret til Samvirke. Vælg din adgangskode her (linket virker i 72 timer og kun én gang):
                %2$s

                ---
                Hello %1$s

                You have been invited to Samvirke. Choose your password here (the link works for 72 hours, once):
                %2$s
                """.formatted(name, link));
    }

    void passwordReset(String email, String name, String token) {
        String link = properties.baseUrl() + "/konto/nulstil?token=" + token;
        send(email, "Ny adgangskode til Samvirke / New password for Samvirke", """
                Hej %1$s

                Vælg en ny adgangskode her (linket virker i 1 time og kun én gang):
                %2$s

                Har du ikke bedt om det, kan du se bort fra denne e-mail.

                ---
                Hello %1$s

                Choose a new password here (the link works for 1 hour, once):
                %2$s

                If you did not ask for this, ignore this e-mail.
                """.formatted(name, link));
    }

    /** Sent after the commit: no mail about an account that a rollback then removed. */
    private void send(String to, String subject, String text) {
        Runnable delivery = () -> deliver(to, subject, text);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delivery.run();
                }
            });
        } else {
            delivery.run();
        }
    }

    private void deliver(String to, String subject, String text) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.warn("No mail server configured (spring.mail.host): the e-mail '{}' to {} was not sent", subject, to);
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(properties.mail().from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.send(message);
        } catch (MailException e) {
            log.error("Could not send '{}' to {}: {}", subject, to, e.getMessage());
        }
    }
}
