package dk.samvirke.forum;

import dk.samvirke.shared.CodedEnum;
import dk.samvirke.shared.SamvirkeProperties;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the recorded notifications: those wanted at once right after the post's transaction commits
 * (never a mail about a post a rollback removed), the daily digests when the scheduler says so, and
 * again any that a mail server failure held back. A notification is marked sent only once sent.
 */
@Component
class ForumMailer {

    private static final Logger log = LoggerFactory.getLogger(ForumMailer.class);
    private static final String NOTICES = """
            select n.id, n.recipient, n.reason, n.reason_detail, t.id, t.title, t.kind, c.name_da, pr.name,
                   p.author_name, p.body,
                   not exists (select 1 from forum_post q where q.topic_id = t.id
                               and (q.created_at < p.created_at or (q.created_at = p.created_at and q.id < p.id)))
            from forum_notification n join forum_post p on p.id = n.post_id join forum_topic t on t.id = p.topic_id
                 join forum_category c on c.id = t.category_id left join product pr on pr.id = c.product_id
            """;

    private final ObjectProvider<JavaMailSender> mailSender;
    private final SamvirkeProperties properties;
    private final NotificationMails mails;
    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    ForumMailer(ObjectProvider<JavaMailSender> mailSender, SamvirkeProperties properties, NotificationMails mails,
            JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.mailSender = mailSender;
        this.properties = properties;
        this.mails = mails;
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void deliverAfterCommit(List<Long> notificationIds) {
        if (notificationIds.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(notificationIds);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    // A transaction of its own: after the commit, the finished one would never commit "sent".
                    separately.executeWithoutResult(status -> deliver(ids));
                }
            });
        } else {
            deliver(ids);
        }
    }

    /** Each notice by itself, all over one connection to the mail server. */
    void deliver(List<Long> notificationIds) {
        List<Notice> notices = jdbc.sql(NOTICES + " where n.id in (:ids) and n.sent_at is null order by n.id")
                .param("ids", notificationIds).query(this::notice).list();
        if (notices.isEmpty()) {
            return;
        }
        Map<Long, NotificationMails.Mail> outgoing = new LinkedHashMap<>();
        notices.forEach(n -> outgoing.put(n.id(), mails.single(n)));
        markSent(send(outgoing));
    }

    /** One e-mail per address with everything its digest notifications collected since the last one. */
    int sendDigests() {
        List<Notice> pending = jdbc.sql(NOTICES + " where n.delivery = 'digest' and n.sent_at is null "
                + "order by n.recipient, n.created_at, n.id").query(this::notice).list();
        Map<String, List<Notice>> byRecipient = new LinkedHashMap<>();
        pending.forEach(n -> byRecipient.computeIfAbsent(n.recipient(), r -> new ArrayList<>()).add(n));
        int sent = 0;
        for (var entry : byRecipient.entrySet()) {
            if (!send(Map.of(0L, mails.digest(entry.getKey(), entry.getValue()))).isEmpty()) {
                markSent(entry.getValue().stream().map(Notice::id).toList());
                sent++;
            }
        }
        return sent;
    }

    /** Immediate notifications still unsent some minutes on: the mail server was away. */
    void retryUnsent() {
        List<Long> ids = jdbc.sql("select id from forum_notification where delivery = 'immediately' and sent_at is null "
                + "and created_at < ? order by id fetch first 500 rows only")
                .param(java.sql.Timestamp.valueOf(PostExtras.now().toLocalDateTime().minusMinutes(5)))
                .query(Long.class).list();
        if (!ids.isEmpty()) {
            deliver(ids);
        }
    }

    private Notice notice(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Notice(rs.getLong(1), rs.getString(2), NotificationReason.of(rs.getString(3)), rs.getString(4),
                rs.getLong(5), rs.getString(6), CodedEnum.fromCode(TopicKind.class, rs.getString(7)).orElseThrow(),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getBoolean(12));
    }

    private void markSent(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("update forum_notification set sent_at = :now where id in (:ids)")
                .param("now", PostExtras.now()).param("ids", ids).update();
    }

    /**
     * Sends over one connection and answers the keys of the mails that went: when some fail, the others
     * still count as sent, so trying the failed ones again never sends anyone a second copy.
     */
    private List<Long> send(Map<Long, NotificationMails.Mail> outgoing) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.warn("No mail server configured (spring.mail.host): {} forum e-mails were not sent", outgoing.size());
            return List.of();
        }
        Map<MimeMessage, Long> messages = new java.util.IdentityHashMap<>();
        outgoing.forEach((key, mail) -> {
            try {
                messages.put(message(sender, mail), key);
            } catch (IllegalStateException unusableAddress) {
                log.error(unusableAddress.getMessage());
            }
        });
        if (messages.isEmpty()) {
            return List.of();
        }
        try {
            sender.send(messages.keySet().toArray(MimeMessage[]::new));
            return List.copyOf(messages.values());
        } catch (MailSendException e) {
            log.error("Could not send {} of {} forum e-mails; they are tried again later", e.getFailedMessages().size(),
                    outgoing.size());
            e.getFailedMessages().keySet().forEach(messages::remove);
            return List.copyOf(messages.values());
        } catch (MailException e) {
            log.error("Could not send {} forum e-mails; they are tried again later: {}", outgoing.size(), e.getMessage());
            return List.of();
        }
    }

    private MimeMessage message(JavaMailSender sender, NotificationMails.Mail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.mail().from());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text());
            // Mail programs show their own "unsubscribe" button for this header.
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribe() + ">");
            return message;
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException("Could not compose the e-mail to " + mail.to(), e);
        }
    }
}
