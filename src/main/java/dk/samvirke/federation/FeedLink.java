package dk.samvirke.federation;

/** @param path the feed's address, e.g. {@code /feeds/forum.atom} */
public record FeedLink(String path, String title) {
}
