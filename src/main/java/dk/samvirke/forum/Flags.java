package dk.samvirke.forum;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reports of posts that break the rules, waiting for a moderator. */
@Repository
public class Flags {

    /** An open report with what the moderator needs to judge it. */
    public record OpenFlag(long id, long postId, long topicId, String topicTitle, String categoryKey,
            String postAuthor, String postExcerpt, boolean postHidden, String reporter, String reason,
            LocalDateTime flaggedAt) {
    }

    private final JdbcClient jdbc;

    Flags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One open report per person and post; a second report by the same person only updates the reason. */
    void flag(long postId, Long reporterId, String reporterName, String reason) {
        int updated = reporterId == null ? 0 : jdbc.sql("update forum_flag set reason = ?, resolved_at = null, "
                + "resolved_by = null, created_at = ? where post_id = ? and reporter_id = ?")
                .params(reason, PostExtras.now(), postId, reporterId).update();
        if (updated == 0) {
            jdbc.sql("insert into forum_flag (post_id, reporter_id, reporter_name, reason, created_at) values (?, ?, ?, ?, ?)")
                    .params(postId, reporterId, reporterName, reason, PostExtras.now()).update();
        }
    }

    void resolve(long flagId, String moderator) {
        jdbc.sql("update forum_flag set resolved_at = ?, resolved_by = ? where id = ? and resolved_at is null")
                .params(PostExtras.now(), moderator, flagId).update();
    }

    void resolveAllFor(long postId, String moderator) {
        jdbc.sql("update forum_flag set resolved_at = ?, resolved_by = ? where post_id = ? and resolved_at is null")
                .params(PostExtras.now(), moderator, postId).update();
    }

    Long postOf(long flagId) {
        return jdbc.sql("select post_id from forum_flag where id = ?").param(flagId).query(Long.class).optional()
                .orElse(null);
    }

    List<OpenFlag> open() {
        return jdbc.sql("""
                select f.id, p.id, t.id, t.title, c.category_key, p.author_name, p.body, p.hidden, f.reporter_name,
                       f.reason, f.created_at
                from forum_flag f join forum_post p on p.id = f.post_id join forum_topic t on t.id = p.topic_id
                     join forum_category c on c.id = t.category_id
                where f.resolved_at is null order by f.created_at""")
                .query((rs, i) -> new OpenFlag(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), Excerpts.of(rs.getString(7), 300), rs.getBoolean(8),
                        rs.getString(9), rs.getString(10), rs.getTimestamp(11).toLocalDateTime()))
                .list();
    }
}
