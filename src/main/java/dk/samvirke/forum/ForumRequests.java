package dk.samvirke.forum;

import java.util.List;

/** What people send the forum: records the API and the forms bind to, never the entities. */
public final class ForumRequests {

    private ForumRequests() {
    }

    /** {@code tags} are optional, lower-cased and at most five. */
    public record NewTopic(String category, String kind, String title, String body, List<String> tags) {
    }

    public record NewPost(String body) {
    }

    /** Fields left null stay as they are. */
    public record Moderation(Boolean hidden, Boolean locked, Boolean pinned, String category) {
    }

    public record Started(long topicId, long postId) {
    }
}
