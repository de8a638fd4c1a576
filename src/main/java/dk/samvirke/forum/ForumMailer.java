package dk.samvirke.forum;

import dk.samvirke.mail.OutgoingMail;
import dk.samvirke.mail.Outbox;
import dk.samvirke.shared.CodedEnum;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the recorded notifications into mails in the outbox ({@link Outbox}), which sends them once, however
 * often it must try: those wanted at once after the post's transaction commits (never a mail about a post a
 * rollback removed), the daily digests when the scheduler says so. A notification is marked sent in the same
 * transaction as its mail is queued, so each becomes exactly one mail.
 */
@Component
class ForumMailer {

    private static final String NOTICES = """
            select n.id, n.recipient, n.reason, n.reason_detail, t.id, t.title, t.kind, c.name_da, pr.name,
                   p.author_name, p.body,
                   not exists (select 1 from forum_post q where q.topic_id = t.id
                               and (q.created_at < p.created_at or (q.created_at = p.created_at and q.id < p.id)))
            from forum_notification n join forum_post p on p.id = n.post_id join forum_topic t on t.id = p.topic_id
                 join forum_category c on c.id = t.category_id left join product pr on pr.id = c.product_id
            """;

    private final Outbox outbox;
    private final NotificationMails mails;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ForumMailer(Outbox outbox, NotificationMails mails, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.mails = mails;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** After the post's commit, in a transaction of its own (and again, should this node die first). */
    @ApplicationModuleListener
    void notificationsRecorded(NotificationsRecorded recorded) {
        List<Notice> notices = jdbc.sql(NOTICES + " where n.id in (:ids) and n.sent_at is null order by n.id")
                .param("ids", recorded.notifications()).query(this::notice).list();
        for (Notice notice : notices) {
            queue(mails.single(notice), List.of(notice.id()));
        }
    }

    /** One e-mail per address with everything its digest notifications collected since the last one. */
    int sendDigests() {
        List<Notice> pending = jdbc.sql(NOTICES + " where n.delivery = 'digest' and n.sent_at is null "
                + "order by n.recipient, n.created_at, n.id").query(this::notice).list();
        Map<String, List<Notice>> byRecipient = new LinkedHashMap<>();
        pending.forEach(n -> byRecipient.computeIfAbsent(n.recipient(), r -> new ArrayList<>()).add(n));
        for (var entry : byRecipient.entrySet()) {
            transaction.executeWithoutResult(status -> queue(mails.digest(entry.getKey(), entry.getValue()),
                    entry.getValue().stream().map(Notice::id).toList()));
        }
        return byRecipient.size();
    }

    private void queue(NotificationMails.Mail mail, List<Long> notifications) {
        // Mail programs show their own "unsubscribe" button for this header.
        outbox.queue(new OutgoingMail(mail.to(), mail.subject(), mail.text(),
                Map.of("List-Unsubscribe", "<" + mail.unsubscribe() + ">"), "forum:" + notifications.get(0)));
        jdbc.sql("update forum_notification set sent_at = :now where id in (:ids)")
                .param("now", PostExtras.now()).param("ids", notifications).update();
    }

    private Notice notice(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Notice(rs.getLong(1), rs.getString(2), NotificationReason.of(rs.getString(3)), rs.getString(4),
                rs.getLong(5), rs.getString(6), CodedEnum.fromCode(TopicKind.class, rs.getString(7)).orElseThrow(),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getBoolean(12));
    }
}
