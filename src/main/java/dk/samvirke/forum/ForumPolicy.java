package dk.samvirke.forum;

import dk.samvirke.accounts.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the forum, in one place. Moderators of a category are the administrators and,
 * for a product's category, that product's managers. Everyone may read what is not hidden.
 */
@Component
public class ForumPolicy {

    public boolean mayModerate(SignedInUser user, ForumCategory category) {
        if (user == null) {
            return false;
        }
        String productKey = category.productKey();
        return user.isAdmin() || (productKey != null && user.manages(productKey));
    }

    public boolean mayModerateAnything(SignedInUser user) {
        return user != null && (user.isAdmin() || user.grants().stream()
                .anyMatch(g -> g.role() == dk.samvirke.accounts.Role.PRODUCT_MANAGER));
    }

    /** Announcements and the like are the administrators' to start; anyone signed in may reply there. */
    public boolean mayStartTopic(SignedInUser user, ForumCategory category) {
        return user != null && (!category.isRestricted() || user.isAdmin());
    }

    public boolean maySee(SignedInUser user, Topic topic) {
        return !topic.isHidden() || mayModerate(user, topic.getCategory());
    }

    public boolean maySee(SignedInUser user, Post post) {
        return maySee(user, post.getTopic()) && (!post.isHidden() || mayModerate(user, post.getTopic().getCategory()));
    }

    /** A locked topic takes no replies, except from its moderators. */
    public boolean mayReply(SignedInUser user, Topic topic) {
        return user != null && maySee(user, topic)
                && (!topic.isLocked() || mayModerate(user, topic.getCategory()));
    }

    /** The asker, the product's managers, or an administrator (interfaces.md §7). */
    public boolean mayAccept(SignedInUser user, Topic topic) {
        return user != null && topic.getKind() == TopicKind.QUESTION
                && (topic.getAuthor().is(user) || mayModerate(user, topic.getCategory()));
    }

    public boolean mayEdit(SignedInUser user, Post post) {
        if (user == null) {
            return false;
        }
        boolean moderator = mayModerate(user, post.getTopic().getCategory());
        return moderator || (post.getAuthor().is(user) && !post.getTopic().isLocked() && !post.isHidden());
    }

    /** Likes and watches belong to an account: the bootstrap token has none. */
    public boolean mayLike(SignedInUser user, Post post) {
        return user != null && user.accountId() != null && maySee(user, post) && !post.getAuthor().is(user);
    }

    public boolean mayWatch(SignedInUser user) {
        return user != null && user.accountId() != null;
    }

    public boolean mayFlag(SignedInUser user, Post post) {
        return user != null && maySee(user, post);
    }

    /** Administrators post as fast as they need (announcements, imports of old threads). */
    public boolean isRateLimited(SignedInUser user) {
        return !user.isAdmin();
    }
}
