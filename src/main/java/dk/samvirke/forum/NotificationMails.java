package dk.samvirke.forum;

import dk.samvirke.accounts.AccountLanguages;
import dk.samvirke.shared.SamvirkeProperties;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The forum's e-mails: what happened, the first lines, a link straight to it, why the reader gets it, and a link to
 * stop them without signing in. In the language the reader's account last chose on the site
 * ({@link AccountLanguages}); Danish first and English below for a reader who has not chosen (a usage's contact need
 * not have an account). Thymeleaf text templates ({@code templates/forum/mail/}) with the bundles'
 * {@code forum.mail.*} texts.
 */
@Component
class NotificationMails {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    record Mail(String to, String subject, String text, String unsubscribe) {
    }

    private final SamvirkeProperties properties;
    private final UnsubscribeLinks unsubscribe;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final AccountLanguages languages;

    NotificationMails(SamvirkeProperties properties, UnsubscribeLinks unsubscribe, MessageSource messages,
            ITemplateEngine templates, AccountLanguages languages) {
        this.properties = properties;
        this.unsubscribe = unsubscribe;
        this.messages = messages;
        this.templates = templates;
        this.languages = languages;
    }

    Mail single(Notice n) {
        String optOut = unsubscribe.linkFor(n.recipient());
        String quoted = Excerpts.lines(n.body(), 6, 600).lines().map(line -> "> " + line)
                .collect(Collectors.joining("\n"));
        Locale chosen = languages.of(n.recipient()).orElse(null);
        String text = inLanguages(chosen, (locale, first) -> {
            var context = new Context(locale);
            context.setVariable("what", what(n, locale));
            context.setVariable("title", n.title());
            context.setVariable("quoted", first ? quoted : null); // the quote once, in the first language
            context.setVariable("link", topicLink(n.topicId()));
            context.setVariable("why", why(n, locale));
            context.setVariable("optOut", optOut);
            return templates.process("forum/mail/single", context);
        });
        return new Mail(n.recipient(), subject(n, chosen == null ? DANISH : chosen), text, optOut);
    }

    Mail digest(String recipient, List<Notice> notices) {
        String optOut = unsubscribe.linkFor(recipient);
        String items = notices.stream().map(n -> "* " + n.title() + " (" + n.subject() + ") – " + n.postAuthor() + "\n  "
                        + Excerpts.of(n.body(), 200).replaceAll("\\R", " ") + "\n  " + topicLink(n.topicId()))
                .collect(Collectors.joining("\n\n"));
        Locale chosen = languages.of(recipient).orElse(null);
        String text = inLanguages(chosen, (locale, first) -> {
            var context = new Context(locale);
            context.setVariable("count", notices.size());
            context.setVariable("items", first ? items : null); // the list once, in the first language
            context.setVariable("optOut", optOut);
            return templates.process("forum/mail/digest", context);
        });
        return new Mail(recipient, messages.getMessage("forum.mail.digest.subject", new Object[] {notices.size()},
                chosen == null ? DANISH : chosen), text, optOut);
    }

    /** The text in the chosen language; without one, in Danish and then in English. */
    private static String inLanguages(Locale chosen, java.util.function.BiFunction<Locale, Boolean, String> text) {
        return chosen != null ? text.apply(chosen, true)
                : text.apply(DANISH, true) + "\n---\n" + text.apply(Locale.ENGLISH, false);
    }

    private String topicLink(long topicId) {
        return properties.baseUrl() + "/forum/topics/" + topicId;
    }

    private String subject(Notice n, Locale locale) {
        if (n.reason() == NotificationReason.MENTION) {
            return message("forum.mail.subject.mention", locale, n.postAuthor(), n.title());
        }
        if (!n.opening()) {
            return message("forum.mail.subject.reply", locale, n.title());
        }
        return message(n.kind() == TopicKind.QUESTION ? "forum.mail.subject.question" : "forum.mail.subject.topic",
                locale, n.subject(), n.title());
    }

    private String what(Notice n, Locale locale) {
        String key = !n.opening() ? "forum.mail.replied"
                : n.kind() == TopicKind.QUESTION ? "forum.mail.asked" : "forum.mail.started";
        return message(key, locale, n.postAuthor(), n.subject());
    }

    private String why(Notice n, Locale locale) {
        return switch (n.reason()) {
            case CONTACT -> message("forum.mail.why.contact", locale, n.productName(), n.detail());
            case MENTION -> message("forum.mail.why.mention", locale, n.detail());
            case WATCH_TOPIC -> message("forum.mail.why.watchTopic", locale);
            case WATCH_PRODUCT -> message("forum.mail.why.watchProduct", locale, n.productName());
            case WATCH_CATEGORY -> message("forum.mail.why.watchCategory", locale, n.categoryName());
        };
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
