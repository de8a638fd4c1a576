package dk.samvirke.forum;

import dk.samvirke.usage.Usage;
import dk.samvirke.usage.Usages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Decides who hears about a new post and records it, in the post's own transaction; the e-mails go
 * out through the outbox after the commit ({@link ForumMailer}). A new question in a product's category goes to the
 * contact persons of every organisation using the product today (interfaces.md §7), and to the
 * category's and the product's watchers; a reply goes to the topic's watchers; a mention to the person
 * mentioned. Never to the author, each address once per post.
 */
@Component
class ForumNotifications {

    private final Usages usages;
    private final Watches watches;
    private final Mentions mentions;
    private final MailPreferences preferences;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    ForumNotifications(Usages usages, Watches watches, Mentions mentions, MailPreferences preferences,
            ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.usages = usages;
        this.watches = watches;
        this.mentions = mentions;
        this.preferences = preferences;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void topicStarted(Topic topic, Post opening) {
        var recipients = new Recipients(opening.getAuthor().email());
        addMentions(recipients, opening);
        var category = topic.getCategory();
        var product = category.getProduct();
        if (topic.getKind() == TopicKind.QUESTION && product != null) {
            LocalDate today = LocalDate.now(clock);
            for (Usage usage : usages.findByProductKey(product.getKey())) {
                if (usage.isActiveOn(today)) {
                    recipients.add(usage.getContactEmail(), NotificationReason.CONTACT, usage.getOrganisation().getName());
                }
            }
        }
        if (product != null) {
            watches.watchers(Watches.Target.PRODUCT, product.getId())
                    .forEach(w -> recipients.add(w.email(), NotificationReason.WATCH_PRODUCT, null));
        }
        watches.watchers(Watches.Target.CATEGORY, category.getId())
                .forEach(w -> recipients.add(w.email(), NotificationReason.WATCH_CATEGORY, null));
        record(opening, recipients);
    }

    void replied(Topic topic, Post reply) {
        var recipients = new Recipients(reply.getAuthor().email());
        addMentions(recipients, reply);
        watches.watchers(Watches.Target.TOPIC, topic.getId())
                .forEach(w -> recipients.add(w.email(), NotificationReason.WATCH_TOPIC, null));
        record(reply, recipients);
    }

    private void addMentions(Recipients recipients, Post post) {
        mentions.in(post.getBody()).forEach(m -> recipients.add(m.email(), NotificationReason.MENTION,
                post.getAuthor().name()));
    }

    private void record(Post post, Recipients recipients) {
        List<Long> immediate = new ArrayList<>();
        for (var recipient : recipients.all()) {
            Delivery delivery = preferences.of(recipient.email());
            if (delivery == Delivery.OFF) {
                continue;
            }
            var key = new GeneratedKeyHolder();
            jdbc.sql("insert into forum_notification (post_id, recipient, reason, reason_detail, delivery, created_at) "
                            + "values (?, ?, ?, ?, ?, ?)")
                    .params(post.getId(), recipient.email(), recipient.reason().code, recipient.detail(),
                            delivery.code(), PostExtras.now())
                    .update(key, "id");
            if (delivery == Delivery.IMMEDIATELY) {
                immediate.add(key.getKey().longValue());
            }
        }
        if (!immediate.isEmpty()) {
            events.publishEvent(new NotificationsRecorded(immediate));
        }
    }
}
