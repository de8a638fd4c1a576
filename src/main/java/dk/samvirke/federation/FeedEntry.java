package dk.samvirke.federation;

import java.time.LocalDateTime;

/**
 * One entry. Times are UTC. Only what anyone may read: names, never e-mail addresses.
 *
 * @param path    the entry's page on this site (also its identity: one entry per path), e.g. {@code /produkter/os2forms}
 * @param author  a person's or organisation's name; null lets the feed's author (the site) stand
 * @param summary plain text, or null
 * @param html    sanitised HTML content, or null
 */
public record FeedEntry(String path, String title, String author, LocalDateTime published, LocalDateTime updated,
        String summary, String html) {
}
