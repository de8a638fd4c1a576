package dk.samvirke.events;

import dk.samvirke.mail.Outbox;
import dk.samvirke.mail.OutgoingMail;
import dk.samvirke.shared.SamvirkeProperties;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The mails about an event, each in the language the person signed up in: Thymeleaf text templates
 * ({@code templates/events/mail/*.txt}) with the texts from the message bundles, queued in the outbox in the
 * caller's transaction (nothing goes when it rolls back).
 */
@Component
class EventMail {

    private static final DateTimeFormatter DA = DateTimeFormatter.ofPattern("EEEE 'den' d. MMMM yyyy 'kl.' HH:mm",
            Locale.forLanguageTag("da"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private final Outbox outbox;
    private final MessageSource messages;
    private final SamvirkeProperties properties;
    private final ITemplateEngine templates;

    EventMail(Outbox outbox, MessageSource messages, SamvirkeProperties properties, ITemplateEngine templates) {
        this.outbox = outbox;
        this.messages = messages;
        this.properties = properties;
        this.templates = templates;
    }

    /** The event page's full address. */
    String link(String key) {
        return properties.baseUrl() + EventLookup.path(key);
    }

    /** A seat came free and is the person's now. */
    void promoted(Registration r) {
        send(r, "promoted");
    }

    /** The event is cancelled. */
    void cancelled(Registration r) {
        send(r, "cancelled");
    }

    /** The event is tomorrow. */
    void reminder(Registration r) {
        send(r, "reminder");
    }

    private void send(Registration r, String template) {
        Event event = r.getEvent();
        Locale locale = Locale.forLanguageTag(r.getLanguage() == null ? "da" : r.getLanguage());
        boolean english = "en".equals(locale.getLanguage());
        String title = english && event.getTitleEn() != null ? event.getTitleEn() : event.getTitle();
        var context = new Context(locale);
        context.setVariable("name", r.getPerson().getName());
        context.setVariable("title", title);
        context.setVariable("starts", (english ? EN : DA).format(event.getStarts()));
        context.setVariable("location", event.getLocation());
        context.setVariable("online", event.getOnlineUrl());
        context.setVariable("link", properties.baseUrl() + EventLookup.path(event.getKey()));
        String subject = messages.getMessage("events.mail." + template + ".subject", new Object[] {title}, locale);
        String text = templates.process("events/mail/" + template, context);
        outbox.queue(OutgoingMail.of(r.getPerson().getEmail(), subject, text)
                .about("event:" + event.getKey() + ":" + template + ":" + r.getPerson().getEmail()));
    }
}
