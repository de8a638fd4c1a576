package dk.samvirke.forum;

import dk.samvirke.forum.ForumViews.TopicList;
import dk.samvirke.forum.ForumViews.TopicSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lists of visible topics, newest activity first, with reply counts, solved and unread markers. */
@Repository
class TopicListing {

    /** What to list; null fields do not filter. {@code reader} is the signed-in account, for unread markers. */
    record Filter(String categoryKey, Long authorId, String tag, boolean unansweredOnly, boolean pinnedFirst,
            Long reader) {

        static Filter latest(Long reader) {
            return new Filter(null, null, null, false, false, reader);
        }
    }

    private final JdbcClient jdbc;

    TopicListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    TopicList list(Filter filter, int page, int size, Locale locale) {
        List<String> where = new ArrayList<>(List.of("t.hidden = false"));
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.categoryKey() != null) {
            where.add("c.category_key = :category");
            params.put("category", filter.categoryKey());
        }
        if (filter.authorId() != null) {
            where.add("(t.author_id = :author or exists (select 1 from forum_post a where a.topic_id = t.id "
                    + "and a.author_id = :author and a.hidden = false))");
            params.put("author", filter.authorId());
        }
        if (filter.tag() != null) {
            where.add("exists (select 1 from forum_tag g where g.topic_id = t.id and g.tag = :tag)");
            params.put("tag", filter.tag());
        }
        if (filter.unansweredOnly()) {
            where.add("t.kind = 'question' and t.accepted_post_id is null and " + REPLIES + " = 0");
        }
        String conditions = String.join(" and ", where);
        long total = jdbc.sql("select count(*) from forum_topic t join forum_category c on c.id = t.category_id where "
                + conditions).params(params).query(Long.class).single();
        params.put("reader", filter.reader() == null ? -1L : filter.reader());
        params.put("limit", size);
        params.put("offset", (long) page * size);
        String name = "en".equals(locale.getLanguage()) ? "c.name_en" : "c.name_da";
        var topics = jdbc.sql("select t.id, t.title, t.kind, c.category_key, coalesce(pr.name, " + name + "), "
                        + "t.author_name, t.author_id, " + REPLIES + ", t.last_activity_at, t.accepted_post_id, "
                        + "t.pinned, t.locked, r.read_at "
                        + "from forum_topic t join forum_category c on c.id = t.category_id "
                        + "left join product pr on pr.id = c.product_id "
                        + "left join forum_read r on r.topic_id = t.id and r.account_id = :reader "
                        + "where " + conditions + " order by " + (filter.pinnedFirst() ? "t.pinned desc, " : "")
                        + "t.last_activity_at desc, t.id desc limit :limit offset :offset")
                .params(params).query((rs, i) -> summary(rs, filter.reader() != null)).list();
        return new TopicList(topics, page, size, total);
    }

    private static final String REPLIES =
            "(select count(*) - 1 from forum_post p where p.topic_id = t.id and p.hidden = false)";

    private static TopicSummary summary(ResultSet rs, boolean signedIn) throws SQLException {
        var lastActivity = rs.getTimestamp(9).toLocalDateTime();
        var readAt = rs.getTimestamp(13);
        boolean unread = signedIn && (readAt == null || readAt.toLocalDateTime().isBefore(lastActivity));
        return new TopicSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), (Long) rs.getObject(7, Long.class), Math.max(0, rs.getLong(8)), lastActivity,
                rs.getObject(10) != null, rs.getBoolean(11), rs.getBoolean(12), unread);
    }
}
