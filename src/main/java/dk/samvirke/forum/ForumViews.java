package dk.samvirke.forum;

import java.time.LocalDateTime;
import java.util.List;

/** What the pages and the API show, read before the view renders (no open session then). */
public final class ForumViews {

    private ForumViews() {
    }

    public record CategoryView(String key, String name, String nameDa, String nameEn, String description,
            String productKey, boolean restricted, long topics) {
    }

    public record TopicSummary(long id, String title, String kind, String categoryKey, String categoryName,
            String authorName, Long authorId, long replies, LocalDateTime lastActivityAt, boolean solved,
            boolean pinned, boolean locked, boolean unread) {

        public boolean question() {
            return "question".equals(kind);
        }
    }

    public record PostView(long id, String authorName, Long authorId, String html, String body,
            LocalDateTime createdAt, LocalDateTime editedAt, long revisions, boolean hidden, long likes,
            boolean likedByMe, boolean accepted, boolean mayEdit, boolean mayLike, boolean mayAccept,
            boolean mayModerate) {
    }

    public record TopicPage(long id, String title, String kind, String categoryKey, String categoryName,
            String productKey, Long acceptedPostId, boolean locked, boolean pinned, boolean hidden, String authorName,
            List<String> tags, List<PostView> posts, boolean signedIn, boolean watching, boolean mayReply,
            boolean mayModerate, boolean mayWatch) {

        public boolean question() {
            return "question".equals(kind);
        }

        public boolean solved() {
            return acceptedPostId != null;
        }

        public PostView opening() {
            return posts.isEmpty() ? null : posts.get(0);
        }

        /** Shown right under the question, marked: the reader looking for the answer finds it first. */
        public PostView accepted() {
            return posts.stream().filter(PostView::accepted).findFirst().orElse(null);
        }

        public List<PostView> otherReplies() {
            return posts.stream().skip(1).filter(p -> !p.accepted()).toList();
        }
    }

    /** A list of topics and where it is in the whole. */
    public record TopicList(List<TopicSummary> topics, int page, int size, long total) {

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }
}
