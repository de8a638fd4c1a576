package dk.samvirke.forum;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.forum.ForumRequests.NewTopic;
import dk.samvirke.forum.ForumRequests.Started;
import dk.samvirke.shared.CodedEnum;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting topics, replying, accepting answers, editing, liking, flagging and watching. */
@Service
public class ForumManagement {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 20_000;
    private static final Pattern TAG = Pattern.compile("[a-z0-9æøå][a-z0-9æøå-]{0,39}");

    private final ForumCategories categories;
    private final Topics topics;
    private final Posts posts;
    private final PostExtras extras;
    private final Watches watches;
    private final Flags flags;
    private final ForumPolicy policy;
    private final PostingLimits limits;
    private final ForumNotifications notifications;

    ForumManagement(ForumCategories categories, Topics topics, Posts posts, PostExtras extras, Watches watches,
            Flags flags, ForumPolicy policy, PostingLimits limits, ForumNotifications notifications) {
        this.categories = categories;
        this.topics = topics;
        this.posts = posts;
        this.extras = extras;
        this.watches = watches;
        this.flags = flags;
        this.policy = policy;
        this.limits = limits;
        this.notifications = notifications;
    }

    @Transactional
    public Started startTopic(SignedInUser user, NewTopic request) {
        requireSignedIn(user);
        var category = categories.findByKey(request.category() == null ? "" : request.category().strip())
                .orElseThrow(() -> new ForumRequestException("category", "No category with key '" + request.category() + "'"));
        var kind = CodedEnum.fromCode(TopicKind.class, request.kind() == null ? "" : request.kind().strip())
                .orElseThrow(() -> new ForumRequestException("kind", "must be one of " + CodedEnum.codes(TopicKind.class)));
        String title = text("title", request.title(), MAX_TITLE);
        String body = text("body", request.body(), MAX_BODY);
        List<String> tags = tags(request.tags());
        if (!policy.mayStartTopic(user, category)) {
            throw new AccessDeniedException("Only administrators start topics in " + category.getKey());
        }
        limits.check(user);
        var author = Author.of(user);
        var topic = topics.save(new Topic(category, kind, title, author));
        var post = posts.saveAndFlush(new Post(topic, author, body));
        extras.tag(topic.getId(), tags);
        if (policy.mayWatch(user)) {
            watches.watch(user.accountId(), Watches.Target.TOPIC, topic.getId());
        }
        notifications.topicStarted(topic, post);
        return new Started(topic.getId(), post.getId());
    }

    @Transactional
    public long reply(SignedInUser user, long topicId, String text) {
        requireSignedIn(user);
        var topic = visibleTopic(user, topicId);
        String body = text("body", text, MAX_BODY);
        if (!policy.mayReply(user, topic)) {
            throw new AccessDeniedException("The topic is locked");
        }
        limits.check(user);
        var post = posts.saveAndFlush(new Post(topic, Author.of(user), body));
        topic.replied();
        if (policy.mayWatch(user)) {
            watches.watch(user.accountId(), Watches.Target.TOPIC, topic.getId());
        }
        notifications.replied(topic, post);
        return post.getId();
    }

    /** Marks the post as the question's answer, replacing any earlier one. Answers the topic's id. */
    @Transactional
    public long accept(SignedInUser user, long postId, boolean accepted) {
        requireSignedIn(user);
        var post = visiblePost(user, postId);
        var topic = post.getTopic();
        if (!policy.mayAccept(user, topic)) {
            throw new AccessDeniedException("Only the asker, the product's managers or an administrator accept answers");
        }
        if (accepted) {
            boolean opening = posts.findFirstByTopicIdOrderByCreatedAtAscIdAsc(topic.getId())
                    .map(first -> first.getId().equals(post.getId())).orElse(false);
            topic.accept(post, opening);
        } else if (post.getId().equals(topic.getAcceptedPostId())) {
            topic.unaccept();
        }
        return topic.getId();
    }

    /** The previous body is kept with who replaced it and when. Answers the topic's id. */
    @Transactional
    public long edit(SignedInUser user, long postId, String text) {
        requireSignedIn(user);
        var post = visiblePost(user, postId);
        String body = text("body", text, MAX_BODY);
        if (!policy.mayEdit(user, post)) {
            throw new AccessDeniedException("Only the author or a moderator edits a post");
        }
        if (!body.equals(post.getBody())) {
            extras.recordRevision(post.getId(), post.getBody(), user.accountId(), user.name());
            post.edit(body);
        }
        return post.getTopic().getId();
    }

    @Transactional
    public long like(SignedInUser user, long postId, boolean like) {
        requireSignedIn(user);
        var post = visiblePost(user, postId);
        if (!policy.mayLike(user, post)) {
            throw new AccessDeniedException("You cannot like your own post, nor without an account");
        }
        if (like) {
            extras.like(post.getId(), user.accountId());
        } else {
            extras.unlike(post.getId(), user.accountId());
        }
        return post.getTopic().getId();
    }

    @Transactional
    public long flag(SignedInUser user, long postId, String reason) {
        requireSignedIn(user);
        var post = visiblePost(user, postId);
        if (!policy.mayFlag(user, post)) {
            throw new AccessDeniedException("Sign in to report a post");
        }
        String why = reason == null || reason.isBlank() ? null : text("reason", reason, 500);
        flags.flag(post.getId(), user.accountId(), user.name(), why);
        return post.getTopic().getId();
    }

    /** Follow (or stop following) a topic, a category ({@code key}) or a product's category. */
    @Transactional
    public void watchTopic(SignedInUser user, long topicId, boolean watch) {
        var topic = visibleTopic(user, topicId);
        setWatch(user, Watches.Target.TOPIC, topic.getId(), watch);
    }

    @Transactional
    public void watchCategory(SignedInUser user, String key, boolean watch) {
        var category = categories.findByKey(key).orElseThrow(() -> new ForumNotFoundException("category " + key));
        setWatch(user, Watches.Target.CATEGORY, category.getId(), watch);
    }

    @Transactional
    public void watchProduct(SignedInUser user, String productKey, boolean watch) {
        var category = categories.findByKey(ForumCategory.PRODUCT_PREFIX + productKey)
                .orElseThrow(() -> new ForumNotFoundException("product " + productKey));
        setWatch(user, Watches.Target.PRODUCT, category.getProduct().getId(), watch);
    }

    private void setWatch(SignedInUser user, Watches.Target target, long id, boolean watch) {
        requireSignedIn(user);
        if (!policy.mayWatch(user)) {
            throw new AccessDeniedException("Watching needs an account");
        }
        if (watch) {
            watches.watch(user.accountId(), target, id);
        } else {
            watches.unwatch(user.accountId(), target, id);
        }
    }

    /** Not in a transaction of its own: a lost marker only shows a topic as unread once more. */
    public void markRead(SignedInUser user, long topicId) {
        if (user != null && user.accountId() != null) {
            extras.markRead(user.accountId(), topicId);
        }
    }

    private Topic visibleTopic(SignedInUser user, long topicId) {
        return topics.findWithCategory(topicId).filter(t -> policy.maySee(user, t))
                .orElseThrow(() -> new ForumNotFoundException("topic " + topicId));
    }

    private Post visiblePost(SignedInUser user, long postId) {
        return posts.findWithTopic(postId).filter(p -> policy.maySee(user, p))
                .orElseThrow(() -> new ForumNotFoundException("post " + postId));
    }

    static void requireSignedIn(SignedInUser user) {
        if (user == null) {
            throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException("Sign in first");
        }
    }

    /** NUL characters go: PostgreSQL refuses them in text, and no reader needs one. */
    static String text(String field, String value, int max) {
        String text = value == null ? "" : value.replace("\u0000", "").strip();
        if (text.isEmpty()) {
            throw new ForumRequestException(field, "must not be empty");
        }
        if (text.length() > max) {
            throw new ForumRequestException(field, "must have at most " + max + " characters");
        }
        return text;
    }

    private static List<String> tags(List<String> requested) {
        if (requested == null) {
            return List.of();
        }
        List<String> tags = requested.stream().filter(t -> t != null && !t.isBlank())
                .map(t -> t.strip().toLowerCase(Locale.ROOT).replace(' ', '-')).distinct().toList();
        if (tags.size() > 5 || !tags.stream().allMatch(t -> TAG.matcher(t).matches())) {
            throw new ForumRequestException("tags", "at most 5 tags of letters, digits and '-', up to 40 characters each");
        }
        return tags;
    }
}
