package dk.samvirke.events;

import dk.samvirke.federation.Feed;
import dk.samvirke.federation.FeedEntry;
import dk.samvirke.federation.FeedLink;
import dk.samvirke.federation.FeedSource;
import dk.samvirke.forum.MarkdownRenderer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events' feed ({@code /feeds/arrangementer.atom}, linked from {@code /arrangementer}): the newest events
 * announced, with when and where; a change or a cancellation updates its entry. Nothing about who signed up.
 */
@Component
class EventFeeds implements FeedSource {

    static final String PATH = "arrangementer";

    private final JdbcClient jdbc;
    private final MarkdownRenderer markdown;
    private final MessageSource messages;

    EventFeeds(JdbcClient jdbc, MarkdownRenderer markdown, MessageSource messages) {
        this.jdbc = jdbc;
        this.markdown = markdown;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Feed> feed(String path, Locale locale, int limit) {
        if (!path.equals(PATH)) {
            return Optional.empty();
        }
        boolean english = "en".equals(locale.getLanguage());
        var format = DateTimeFormatter.ofPattern(messages.getMessage("events.format.datetime", null, locale),
                english ? Locale.ENGLISH : Locale.forLanguageTag("da"));
        List<FeedEntry> entries = jdbc.sql("select event_key, title, title_en, starts, location, online_url, cancelled,"
                        + " description, created_at, updated_at from event order by created_at desc, id desc limit :limit")
                .param("limit", limit)
                .query((rs, n) -> {
                    String title = english && rs.getString(3) != null ? rs.getString(3) : rs.getString(2);
                    if (rs.getBoolean(7)) {
                        title = messages.getMessage("events.feed.cancelled", new Object[] {title}, locale);
                    }
                    String where = rs.getString(5) != null ? rs.getString(5)
                            : rs.getString(6) != null ? messages.getMessage("events.online", null, locale) : null;
                    String when = format.format(rs.getTimestamp(4).toLocalDateTime());
                    return new FeedEntry(EventLookup.path(rs.getString(1)), title, null,
                            rs.getTimestamp(9).toLocalDateTime(), rs.getTimestamp(10).toLocalDateTime(),
                            where == null ? when : when + " · " + where, markdown.toHtml(rs.getString(8)));
                }).list();
        return Optional.of(new Feed(messages.getMessage("events.feed.title", null, locale), "/arrangementer", entries));
    }

    @Override
    public List<FeedLink> linksFor(String pagePath, Locale locale) {
        if (pagePath.equals("/arrangementer")) {
            return List.of(new FeedLink("/feeds/" + PATH + ".atom", messages.getMessage("events.feed.title", null, locale)));
        }
        return List.of();
    }
}
