package dk.samvirke.forum;

import dk.samvirke.shared.SamvirkeProperties;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The forum's e-mails, in Danish first and English below: what happened, the first lines, a link
 * straight to it, why the reader gets it, and a link to stop them without signing in.
 */
@Component
class NotificationMails {

    record Mail(String to, String subject, String text, String unsubscribe) {
    }

    private final SamvirkeProperties properties;
    private final UnsubscribeLinks unsubscribe;

    NotificationMails(SamvirkeProperties properties, UnsubscribeLinks unsubscribe) {
        this.properties = properties;
        this.unsubscribe = unsubscribe;
    }

    Mail single(Notice n) {
        String link = topicLink(n.topicId());
        String optOut = unsubscribe.linkFor(n.recipient());
        String quoted = Excerpts.lines(n.body(), 6, 600).lines().map(line -> "> " + line)
                .collect(Collectors.joining("\n"));
        String text = """
                Hej

                %s

                  %s

                %s

                Læs og svar her:
                %s

                Du får denne e-mail, fordi %s.
                Vil du ikke have flere e-mails fra forummet, eller hellere én samlet om dagen? Klik her (det kræver ikke login):
                %s

                ---
                Hello

                %s

                  %s

                Read and reply here:
                %s

                You receive this e-mail because %s.
                Rather have no more e-mails from the forum, or one a day? Click here (no sign-in needed):
                %s
                """.formatted(whatDa(n), n.title(), quoted, link, whyDa(n), optOut,
                whatEn(n), n.title(), link, whyEn(n), optOut);
        return new Mail(n.recipient(), subject(n), text, optOut);
    }

    Mail digest(String recipient, List<Notice> notices) {
        String optOut = unsubscribe.linkFor(recipient);
        String items = notices.stream().map(n -> "* " + n.title() + " (" + n.subject() + ") – " + n.postAuthor() + "\n  "
                        + Excerpts.of(n.body(), 200).replaceAll("\\R", " ") + "\n  " + topicLink(n.topicId()))
                .collect(Collectors.joining("\n\n"));
        String text = """
                Hej

                Nyt i Samvirkes forum siden sidste oversigt (%d):

                %s

                Du får denne daglige oversigt, fordi du har valgt den. Skift eller afmeld her (det kræver ikke login):
                %s

                ---
                Hello

                New in the Samvirke forum since the last digest (%d): see the list above.
                You receive this daily digest because you chose it. Change or unsubscribe here (no sign-in needed):
                %s
                """.formatted(notices.size(), items, optOut, notices.size(), optOut);
        return new Mail(recipient, "Samvirke forum: dagens oversigt (" + notices.size() + ")", text, optOut);
    }

    private String topicLink(long topicId) {
        return properties.baseUrl() + "/forum/topics/" + topicId;
    }

    private static String subject(Notice n) {
        if (n.reason() == NotificationReason.MENTION) {
            return n.postAuthor() + " nævnte dig: " + n.title();
        }
        if (!n.opening()) {
            return "Nyt svar: " + n.title();
        }
        return (n.kind() == TopicKind.QUESTION ? "Nyt spørgsmål om " : "Ny tråd om ") + n.subject() + ": " + n.title();
    }

    private static String whatDa(Notice n) {
        if (!n.opening()) {
            return n.postAuthor() + " har svaret i tråden om " + n.subject() + " i Samvirkes forum:";
        }
        return n.postAuthor() + (n.kind() == TopicKind.QUESTION ? " har stillet et spørgsmål om " : " har startet en tråd om ")
                + n.subject() + " i Samvirkes forum:";
    }

    private static String whatEn(Notice n) {
        if (!n.opening()) {
            return n.postAuthor() + " replied in the topic about " + n.subject() + " in the Samvirke forum:";
        }
        return n.postAuthor() + (n.kind() == TopicKind.QUESTION ? " asked a question about " : " started a topic about ")
                + n.subject() + " in the Samvirke forum:";
    }

    private static String whyDa(Notice n) {
        return switch (n.reason()) {
            case CONTACT -> "du er kontaktperson for " + n.productName() + " hos " + n.detail();
            case MENTION -> n.detail() + " nævnte dig i indlægget";
            case WATCH_TOPIC -> "du følger tråden (du startede den, svarede i den eller valgte at følge den)";
            case WATCH_PRODUCT -> "du følger " + n.productName();
            case WATCH_CATEGORY -> "du følger kategorien " + n.categoryName();
        };
    }

    private static String whyEn(Notice n) {
        return switch (n.reason()) {
            case CONTACT -> "you are the contact for " + n.productName() + " at " + n.detail();
            case MENTION -> n.detail() + " mentioned you in the post";
            case WATCH_TOPIC -> "you follow the topic (you started it, replied to it or chose to follow it)";
            case WATCH_PRODUCT -> "you follow " + n.productName();
            case WATCH_CATEGORY -> "you follow the category " + n.categoryName();
        };
    }
}
