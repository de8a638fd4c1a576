package dk.samvirke.forum;

import dk.samvirke.federation.Feed;
import dk.samvirke.federation.FeedEntry;
import dk.samvirke.federation.FeedLink;
import dk.samvirke.federation.FeedSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forum's feeds: every new post ({@code /feeds/forum.atom}, linked from {@code /forum}) and each
 * category's ({@code /feeds/forum/{category}.atom}, linked from its page). Hidden posts and posts of
 * hidden topics never; authors by name only.
 */
@Component
class ForumFeeds implements FeedSource {

    private final Posts posts;
    private final ForumCategories categories;
    private final MarkdownRenderer markdown;
    private final MessageSource messages;

    ForumFeeds(Posts posts, ForumCategories categories, MarkdownRenderer markdown, MessageSource messages) {
        this.posts = posts;
        this.categories = categories;
        this.markdown = markdown;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Feed> feed(String path, Locale locale, int limit) {
        if (path.equals("forum")) {
            return Optional.of(new Feed(messages.getMessage("feed.forum.title", null, locale), "/forum",
                    entries(null, limit, locale)));
        }
        if (!path.startsWith("forum/")) {
            return Optional.empty();
        }
        return categories.findByKey(path.substring("forum/".length())).map(c -> new Feed(
                messages.getMessage("feed.forum.category.title", new Object[] {c.name(locale)}, locale),
                "/forum/kategorier/" + c.getKey(), entries(c.getKey(), limit, locale)));
    }

    @Override
    public List<FeedLink> linksFor(String pagePath, Locale locale) {
        if (pagePath.equals("/forum")) {
            return List.of(new FeedLink("/feeds/forum.atom", messages.getMessage("feed.forum.title", null, locale)));
        }
        String prefix = "/forum/kategorier/";
        if (pagePath.startsWith(prefix) && pagePath.indexOf('/', prefix.length()) < 0) {
            return categories.findByKey(pagePath.substring(prefix.length())).map(c -> List.of(new FeedLink(
                    "/feeds/forum/" + c.getKey() + ".atom",
                    messages.getMessage("feed.forum.category.title", new Object[] {c.name(locale)}, locale))))
                    .orElse(List.of());
        }
        return List.of();
    }

    private List<FeedEntry> entries(String category, int limit, Locale locale) {
        List<FeedEntry> out = new ArrayList<>();
        for (Post p : posts.newestVisible(category, PageRequest.of(0, limit))) {
            Topic t = p.getTopic();
            boolean opening = posts.findFirstByTopicIdOrderByCreatedAtAscIdAsc(t.getId()).map(f -> f.getId().equals(p.getId()))
                    .orElse(false);
            String title = opening ? t.getTitle()
                    : messages.getMessage("feed.forum.reply", new Object[] {t.getTitle()}, locale);
            var updated = p.getEditedAt() != null ? p.getEditedAt() : p.getCreatedAt();
            String name = p.getAuthor().name();
            // an account may be named by its address: never an address in a feed, the site stands in
            String author = name == null || name.contains("@") ? null : name;
            out.add(new FeedEntry("/forum/topics/" + t.getId() + "#post-" + p.getId(), title, author,
                    p.getCreatedAt(), updated, null, markdown.toHtml(p.getBody())));
        }
        return out;
    }
}
