package dk.samvirke.forum;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.forum.ForumViews.CategoryView;
import dk.samvirke.forum.ForumViews.PostView;
import dk.samvirke.forum.ForumViews.TopicList;
import dk.samvirke.forum.ForumViews.TopicPage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything the forum's pages and API read, as views; hidden things only for their moderators. */
@Service
@Transactional(readOnly = true)
public class ForumQueries {

    private final ForumCategories categories;
    private final Topics topics;
    private final Posts posts;
    private final PostExtras extras;
    private final Watches watches;
    private final TopicListing listing;
    private final ForumPolicy policy;
    private final MarkdownRenderer markdown;
    private final JdbcClient jdbc;

    ForumQueries(ForumCategories categories, Topics topics, Posts posts, PostExtras extras, Watches watches,
            TopicListing listing, ForumPolicy policy, MarkdownRenderer markdown, JdbcClient jdbc) {
        this.categories = categories;
        this.topics = topics;
        this.posts = posts;
        this.extras = extras;
        this.watches = watches;
        this.listing = listing;
        this.policy = policy;
        this.markdown = markdown;
        this.jdbc = jdbc;
    }

    public List<CategoryView> categories(Locale locale) {
        Map<Long, Long> counts = jdbc.sql("select category_id, count(*) from forum_topic where hidden = false "
                + "group by category_id").query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return categories.findAllInOrder().stream().map(c -> view(c, locale, counts.getOrDefault(c.getId(), 0L))).toList();
    }

    public Optional<CategoryView> category(String key, Locale locale) {
        return categories.findByKey(key).map(c -> view(c, locale, 0));
    }

    public TopicList latest(SignedInUser reader, int page, int size, Locale locale) {
        return listing.list(TopicListing.Filter.latest(readerId(reader)), page, size, locale);
    }

    public TopicList unanswered(SignedInUser reader, int page, int size, Locale locale) {
        return listing.list(new TopicListing.Filter(null, null, null, true, false, readerId(reader)), page, size, locale);
    }

    public TopicList inCategory(SignedInUser reader, String key, int page, int size, Locale locale) {
        return listing.list(new TopicListing.Filter(key, null, null, false, true, readerId(reader)), page, size, locale);
    }

    public TopicList tagged(SignedInUser reader, String tag, int page, int size, Locale locale) {
        return listing.list(new TopicListing.Filter(null, null, tag, false, false, readerId(reader)), page, size, locale);
    }

    public TopicList byAuthor(SignedInUser reader, long accountId, int page, int size, Locale locale) {
        return listing.list(new TopicListing.Filter(null, accountId, null, false, false, readerId(reader)), page, size,
                locale);
    }

    /** The name an author last posted under, for their activity page. */
    public Optional<String> authorName(long accountId) {
        return jdbc.sql("select author_name from forum_post where author_id = ? order by created_at desc "
                + "fetch first 1 rows only").param(accountId).query(String.class).optional();
    }

    public Optional<TopicPage> topic(SignedInUser user, long id, Locale locale) {
        return topics.findWithCategory(id).filter(t -> policy.maySee(user, t)).map(t -> page(user, t, locale));
    }

    private TopicPage page(SignedInUser user, Topic topic, Locale locale) {
        var category = topic.getCategory();
        boolean moderator = policy.mayModerate(user, category);
        var all = posts.findByTopic(topic.getId());
        var visible = all.stream().filter(p -> !p.isHidden() || moderator || p == all.get(0)).toList();
        List<Long> ids = visible.stream().map(Post::getId).toList();
        Map<Long, Long> likes = extras.likeCounts(ids);
        Map<Long, Long> revisions = extras.revisionCounts(ids);
        Set<Long> liked = user != null && user.accountId() != null ? extras.likedBy(user.accountId(), ids) : Set.of();
        boolean mayAccept = policy.mayAccept(user, topic);
        var views = visible.stream().map(p -> new PostView(p.getId(), p.getAuthor().name(), p.getAuthor().accountId(),
                p.isHidden() && !moderator ? "" : markdown.toHtml(p.getBody()), p.getBody(), p.getCreatedAt(),
                p.getEditedAt(), revisions.getOrDefault(p.getId(), 0L), p.isHidden(), likes.getOrDefault(p.getId(), 0L),
                liked.contains(p.getId()), p.getId().equals(topic.getAcceptedPostId()), policy.mayEdit(user, p),
                policy.mayLike(user, p), mayAccept && p != all.get(0), moderator)).toList();
        boolean watching = user != null && user.accountId() != null
                && watches.isWatching(user.accountId(), Watches.Target.TOPIC, topic.getId());
        return new TopicPage(topic.getId(), topic.getTitle(), topic.getKind().code(), category.getKey(),
                category.name(locale), category.productKey(), topic.getAcceptedPostId(), topic.isLocked(),
                topic.isPinned(), topic.isHidden(), topic.getAuthor().name(), extras.tags(topic.getId()), views,
                user != null, watching, policy.mayReply(user, topic), moderator, policy.mayWatch(user));
    }

    public Optional<PostView> post(SignedInUser user, long postId, Locale locale) {
        return posts.findWithTopic(postId).filter(p -> policy.maySee(user, p))
                .flatMap(p -> topic(user, p.getTopic().getId(), locale))
                .flatMap(page -> page.posts().stream().filter(v -> v.id() == postId).findFirst());
    }

    public List<PostExtras.Revision> revisions(SignedInUser user, long postId) {
        return posts.findWithTopic(postId).filter(p -> policy.maySee(user, p))
                .map(p -> extras.revisions(p.getId())).orElseThrow(() -> new ForumNotFoundException("post " + postId));
    }

    public boolean isWatchingCategory(SignedInUser user, String key) {
        return user != null && user.accountId() != null && categories.findByKey(key)
                .map(c -> watches.isWatching(user.accountId(), Watches.Target.CATEGORY, c.getId())).orElse(false);
    }

    public boolean isWatchingProduct(SignedInUser user, String productKey) {
        return user != null && user.accountId() != null && categories.findByKey(ForumCategory.PRODUCT_PREFIX + productKey)
                .map(c -> watches.isWatching(user.accountId(), Watches.Target.PRODUCT, c.getProduct().getId()))
                .orElse(false);
    }

    public boolean mayStartTopicIn(SignedInUser user, String key) {
        return categories.findByKey(key).map(c -> policy.mayStartTopic(user, c)).orElse(false);
    }

    private static CategoryView view(ForumCategory c, Locale locale, long topics) {
        String productName = c.getProduct() == null ? null : c.getProduct().getName();
        return new CategoryView(c.getKey(), c.name(locale), productName != null ? productName : c.name(Locale.forLanguageTag("da")),
                productName != null ? productName : c.name(Locale.ENGLISH), c.description(locale), c.productKey(),
                c.isRestricted(), topics);
    }

    private static Long readerId(SignedInUser user) {
        return user == null ? null : user.accountId();
    }
}
