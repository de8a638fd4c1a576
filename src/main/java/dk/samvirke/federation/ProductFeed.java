package dk.samvirke.federation;

import dk.samvirke.catalogue.PublicCatalogue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** New and changed products: {@code /feeds/produkter.atom}, linked from the catalogue. */
@Component
class ProductFeed implements FeedSource {

    static final String PATH = "produkter";

    private final PublicCatalogue catalogue;
    private final MessageSource messages;

    ProductFeed(PublicCatalogue catalogue, MessageSource messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @Override
    public Optional<Feed> feed(String path, Locale locale, int limit) {
        if (!PATH.equals(path)) {
            return Optional.empty();
        }
        boolean english = locale.getLanguage().equals("en");
        var entries = catalogue.latest(limit).stream().map(p -> {
            String summary = english ? p.descriptions().stream().filter(d -> d.language().equals("en"))
                    .map(PublicCatalogue.Description::shortDescription).filter(s -> s != null).findFirst()
                    .orElse(p.summary()) : p.summary();
            // registered and not changed since (an import's first write lands within the same second)
            boolean created = !p.changedAt().isAfter(p.createdAt().plusSeconds(1));
            String title = messages.getMessage(created ? "feed.products.new" : "feed.products.changed",
                    new Object[] {p.name()}, locale);
            return new FeedEntry("/produkter/" + p.key(), title, p.ownerName(), p.createdAt(),
                    p.changedAt(), summary, null);
        }).toList();
        return Optional.of(new Feed(messages.getMessage("feed.products.title", null, locale),
                "/produkter", entries));
    }

    @Override
    public List<FeedLink> linksFor(String pagePath, Locale locale) {
        return pagePath.equals("/produkter") || pagePath.equals("/products")
                ? List.of(new FeedLink("/feeds/" + PATH + ".atom", messages.getMessage("feed.products.title", null, locale)))
                : List.of();
    }
}
