package dk.samvirke.accounts;

import dk.samvirke.mail.OutgoingMail;
import dk.samvirke.mail.Outbox;
import dk.samvirke.shared.SamvirkeProperties;
import org.springframework.stereotype.Component;

/** Invitations and password-reset links, in Danish first and English below, through the outbox. */
@Component
class AccountMail {

    private final Outbox outbox;
    private final SamvirkeProperties properties;

    AccountMail(Outbox outbox, SamvirkeProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    /** What an invitation mail is about, for asking the outbox whether it went. */
    static String invitationReference(String email) {
        return "invitation:" + email;
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
                """.formatted(name, link), invitationReference(email));
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
                """.formatted(name, link), "password-reset:" + email);
    }

    /** Queued with the change it belongs to; the outbox sends it after the commit, once. */
    private void send(String to, String subject, String text, String reference) {
        outbox.queue(OutgoingMail.of(to, subject, text).about(reference));
    }
}
