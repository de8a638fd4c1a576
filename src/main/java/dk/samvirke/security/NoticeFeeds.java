package dk.samvirke.security;

import dk.samvirke.federation.Feed;
import dk.samvirke.federation.FeedEntry;
import dk.samvirke.federation.FeedLink;
import dk.samvirke.federation.FeedSource;
import dk.samvirke.forum.MarkdownRenderer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code /feeds/sikkerhed.atom} (§12), linked from {@code /sikkerhed}: the newest notices as the public reads them —
 * title, product, severity, range, fixed version and description; never which organisation is concerned.
 */
@Component
class NoticeFeeds implements FeedSource {

    static final String PATH = "sikkerhed";

    private final NoticeDirectory directory;
    private final MarkdownRenderer markdown;
    private final MessageSource messages;

    NoticeFeeds(NoticeDirectory directory, MarkdownRenderer markdown, MessageSource messages) {
        this.directory = directory;
        this.markdown = markdown;
        this.messages = messages;
    }

    @Override
    public Optional<Feed> feed(String path, Locale locale, int limit) {
        if (!path.equals(PATH)) {
            return Optional.empty();
        }
        var entries = directory.newest(limit).stream().map(n -> new FeedEntry("/sikkerhed/" + n.id(),
                n.product().name() + ": " + n.title(), null, n.published().atStartOfDay(), n.updated(),
                messages.getMessage("security.column.severity", null, locale) + ": "
                        + messages.getMessage("security.severity." + n.severity().code(), null, locale) + ". "
                        + messages.getMessage("security.field.affected", null, locale) + ": " + n.affected() + ". "
                        + messages.getMessage("security.field.fixed", null, locale) + ": "
                        + (n.fixed() == null ? messages.getMessage("security.noFix", null, locale) : n.fixed())
                        + (n.aliases().isEmpty() ? "" : ". " + String.join(", ", n.aliases())),
                markdown.toHtml(n.description()))).toList();
        return Optional.of(new Feed(messages.getMessage("feed.security.title", null, locale), "/sikkerhed", entries));
    }

    @Override
    public List<FeedLink> linksFor(String pagePath, Locale locale) {
        if (pagePath.equals("/sikkerhed") || pagePath.equals("/security")) {
            return List.of(new FeedLink("/feeds/sikkerhed.atom", messages.getMessage("feed.security.title", null, locale)));
        }
        return List.of();
    }
}
