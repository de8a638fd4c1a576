package dk.samvirke.federation;

import java.util.List;

/**
 * A feed's content, in the reader's language.
 *
 * @param pagePath the page the feed follows (its {@code alternate} link), e.g. {@code /forum}
 * @param entries  newest first
 */
public record Feed(String title, String pagePath, List<FeedEntry> entries) {

    public Feed {
        entries = List.copyOf(entries);
    }
}
