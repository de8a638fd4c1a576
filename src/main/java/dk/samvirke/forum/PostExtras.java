package dk.samvirke.forum;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What hangs off posts and topics in rows of its own: likes, tags and the bodies edits replaced. */
@Repository
class PostExtras {

    /** A body an edit replaced, with who made the edit and when. */
    record Revision(long postId, String body, String editedBy, LocalDateTime editedAt) {
    }

    private final JdbcClient jdbc;

    PostExtras(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void like(long postId, long accountId) {
        if (jdbc.sql("select count(*) from forum_like where post_id = ? and account_id = ?").params(postId, accountId)
                .query(Long.class).single() == 0) {
            jdbc.sql("insert into forum_like (post_id, account_id, created_at) values (?, ?, ?)")
                    .params(postId, accountId, now()).update();
        }
    }

    void unlike(long postId, long accountId) {
        jdbc.sql("delete from forum_like where post_id = ? and account_id = ?").params(postId, accountId).update();
    }

    Map<Long, Long> likeCounts(Collection<Long> postIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!postIds.isEmpty()) {
            jdbc.sql("select post_id, count(*) from forum_like where post_id in (:ids) group by post_id")
                    .param("ids", postIds).query((rs, i) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        }
        return counts;
    }

    Set<Long> likedBy(long accountId, Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select post_id from forum_like where account_id = :account and post_id in (:ids)")
                .param("account", accountId).param("ids", postIds).query(Long.class).list());
    }

    void tag(long topicId, Collection<String> tags) {
        for (String tag : new TreeSet<>(tags)) {
            jdbc.sql("insert into forum_tag (topic_id, tag) values (?, ?)").params(topicId, tag).update();
        }
    }

    List<String> tags(long topicId) {
        return jdbc.sql("select tag from forum_tag where topic_id = ? order by tag").param(topicId)
                .query(String.class).list();
    }

    void recordRevision(long postId, String previousBody, Long editorId, String editorName) {
        jdbc.sql("insert into forum_post_revision (post_id, body, edited_by_id, edited_by_name, edited_at) "
                + "values (?, ?, ?, ?, ?)").params(postId, previousBody, editorId, editorName, now()).update();
    }

    List<Revision> revisions(long postId) {
        return jdbc.sql("select post_id, body, edited_by_name, edited_at from forum_post_revision where post_id = ? "
                        + "order by edited_at desc, id desc").param(postId)
                .query((rs, i) -> new Revision(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toLocalDateTime())).list();
    }

    Map<Long, Long> revisionCounts(Collection<Long> postIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!postIds.isEmpty()) {
            jdbc.sql("select post_id, count(*) from forum_post_revision where post_id in (:ids) group by post_id")
                    .param("ids", postIds).query((rs, i) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        }
        return counts;
    }

    /** Read now: later activity in the topic makes it unread again. */
    void markRead(long accountId, long topicId) {
        int updated = jdbc.sql("update forum_read set read_at = ? where account_id = ? and topic_id = ?")
                .params(now(), accountId, topicId).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into forum_read (account_id, topic_id, read_at) values (?, ?, ?)")
                        .params(accountId, topicId, now()).update();
            } catch (org.springframework.dao.DuplicateKeyException racedWithAnotherTab) {
                // the other request marked it read a moment ago: just as good
            }
        }
    }

    static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    }
}
