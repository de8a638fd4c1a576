package dk.samvirke.accounts;

import dk.samvirke.mail.OutgoingMail;
import dk.samvirke.mail.Outbox;
import dk.samvirke.shared.SamvirkeProperties;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Invitations and password-reset links through the outbox: Thymeleaf text templates ({@code templates/accounts/mail/})
 * with the bundles' {@code accounts.mail.*} texts. A reset goes in the language the person last chose on the site
 * ({@link AccountLanguages}); an invitation, to someone who has never been here, in Danish with English below.
 */
@Component
class AccountMail {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    private final Outbox outbox;
    private final SamvirkeProperties properties;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final AccountLanguages languages;

    AccountMail(Outbox outbox, SamvirkeProperties properties, MessageSource messages, ITemplateEngine templates,
            AccountLanguages languages) {
        this.outbox = outbox;
        this.properties = properties;
        this.messages = messages;
        this.templates = templates;
        this.languages = languages;
    }

    /** What an invitation mail is about, for asking the outbox whether it went. */
    static String invitationReference(String email) {
        return "invitation:" + email;
    }

    void invitation(String email, String name, String token) {
        send(email, "invitation", name, properties.baseUrl() + "/konto/invitation?token=" + token, null,
                invitationReference(email));
    }

    void passwordReset(String email, String name, String token) {
        send(email, "password-reset", name, properties.baseUrl() + "/konto/nulstil?token=" + token,
                languages.of(email).orElse(null), "password-reset:" + email);
    }

    /**
     * Queued with the change it belongs to; the outbox sends it after the commit, once. In {@code language};
     * null: Danish, then English.
     */
    private void send(String to, String template, String name, String link, Locale language, String reference) {
        String subjectKey = template.equals("invitation") ? "accounts.mail.invitation.subject"
                : "accounts.mail.reset.subject";
        String subject = language != null ? messages.getMessage(subjectKey, null, language)
                : messages.getMessage(subjectKey, null, DANISH) + " / " + messages.getMessage(subjectKey, null, Locale.ENGLISH);
        String text = language != null ? text(template, name, link, language)
                : text(template, name, link, DANISH) + "\n---\n" + text(template, name, link, Locale.ENGLISH);
        outbox.queue(OutgoingMail.of(to, subject, text).about(reference));
    }

    private String text(String template, String name, String link, Locale locale) {
        var context = new Context(locale);
        context.setVariable("name", name);
        context.setVariable("link", link);
        return templates.process("accounts/mail/" + template, context);
    }
}
