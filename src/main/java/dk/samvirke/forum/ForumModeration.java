package dk.samvirke.forum;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.forum.ForumRequests.Moderation;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The moderators' tools: hide, lock, pin and move topics, hide posts, and work through the reports. */
@Service
public class ForumModeration {

    private final Topics topics;
    private final Posts posts;
    private final ForumCategories categories;
    private final Flags flags;
    private final ForumPolicy policy;

    ForumModeration(Topics topics, Posts posts, ForumCategories categories, Flags flags, ForumPolicy policy) {
        this.topics = topics;
        this.posts = posts;
        this.categories = categories;
        this.flags = flags;
        this.policy = policy;
    }

    @Transactional
    public void moderateTopic(SignedInUser user, long topicId, Moderation change) {
        ForumManagement.requireSignedIn(user);
        var topic = topics.findWithCategory(topicId).orElseThrow(() -> new ForumNotFoundException("topic " + topicId));
        requireModerator(user, topic.getCategory());
        if (change.category() != null && !change.category().isBlank()) {
            var target = categories.findByKey(change.category().strip())
                    .orElseThrow(() -> new ForumRequestException("category", "No category '" + change.category() + "'"));
            // Moving into a product's category makes its managers moderators there: they must be so already.
            requireModerator(user, target);
            topic.moveTo(target);
        }
        topic.moderate(change.hidden(), change.locked(), change.pinned());
    }

    /** Answers the topic's id. Hiding a post also settles its open reports. */
    @Transactional
    public long hidePost(SignedInUser user, long postId, boolean hidden) {
        ForumManagement.requireSignedIn(user);
        var post = posts.findWithTopic(postId).orElseThrow(() -> new ForumNotFoundException("post " + postId));
        requireModerator(user, post.getTopic().getCategory());
        post.hide(hidden);
        if (hidden) {
            flags.resolveAllFor(post.getId(), user.name());
        }
        return post.getTopic().getId();
    }

    @Transactional
    public void dismissFlag(SignedInUser user, long flagId) {
        ForumManagement.requireSignedIn(user);
        Long postId = flags.postOf(flagId);
        if (postId == null) {
            throw new ForumNotFoundException("flag " + flagId);
        }
        var post = posts.findWithTopic(postId).orElseThrow(() -> new ForumNotFoundException("post " + postId));
        requireModerator(user, post.getTopic().getCategory());
        flags.resolve(flagId, user.name());
    }

    /** The open reports this moderator can act on. */
    @Transactional(readOnly = true)
    public List<Flags.OpenFlag> reportQueue(SignedInUser user) {
        if (!policy.mayModerateAnything(user)) {
            throw new AccessDeniedException("Only moderators see the reports");
        }
        return flags.open().stream().filter(f -> categories.findByKey(f.categoryKey())
                .map(c -> policy.mayModerate(user, c)).orElse(false)).toList();
    }

    private void requireModerator(SignedInUser user, ForumCategory category) {
        if (!policy.mayModerate(user, category)) {
            throw new AccessDeniedException("Only administrators and the product's managers moderate here");
        }
    }
}
