/**
 * Federation: the catalogue for the EU's catalogues (DCAT-AP 3 at {@code /api/v1/catalogue}, as
 * Turtle, RDF/XML and JSON-LD) and Atom feeds people subscribe to ({@code /feeds/…atom}).
 *
 * <p><b>Adding a feed</b> takes no change here: a module declares a Spring bean implementing
 * {@link dk.samvirke.federation.FeedSource} (its one public extension point, with the records
 * {@link dk.samvirke.federation.Feed}, {@link dk.samvirke.federation.FeedEntry} and
 * {@link dk.samvirke.federation.FeedLink}). The source answers for the feed paths it owns (the events
 * module will answer {@code arrangementer}, giving {@code /feeds/arrangementer.atom}) and names the list
 * pages that link its feed; the feed controller renders any source's entries as Atom 1.0 (the 50 newest)
 * and every page whose path a source claims gets the {@code <link rel="alternate">} in its head and a
 * visible "subscribe" link. The forum's feeds ({@code forum.ForumFeeds}) are built this way.
 * Entries carry names, never e-mail addresses, and only what anyone may read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Federation, feeds")
package dk.samvirke.federation;
