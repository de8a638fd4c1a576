package dk.samvirke.federation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A module's feeds. Implement as a Spring bean; see the package documentation. */
public interface FeedSource {

    /**
     * The feed at {@code /feeds/{path}.atom}, if this source owns that path.
     *
     * @param path  without {@code /feeds/} and {@code .atom}, e.g. {@code forum} or {@code forum/general}
     * @param limit the most entries wanted, newest first
     */
    Optional<Feed> feed(String path, Locale locale, int limit);

    /** The feeds a page links (its head and a visible link); {@code pagePath} is e.g. {@code /forum}. */
    List<FeedLink> linksFor(String pagePath, Locale locale);
}
