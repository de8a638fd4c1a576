package dk.samvirke.web.events;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.events.CalendarFeeds;
import dk.samvirke.events.EventFilter;
import dk.samvirke.events.EventListing;
import dk.samvirke.events.EventQueries;
import dk.samvirke.events.EventQueries.OwnRegistration;
import dk.samvirke.shared.SamvirkeProperties;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What other pages show of events, called from {@code events/_product.html} and {@code events/_account.html}
 * as {@code @eventsFragments}: the product page's and the account page's controllers need not know of events.
 */
@Component("eventsFragments")
public class EventFragments {

    static final int ON_PRODUCT_PAGE = 5;

    private final EventQueries queries;
    private final CalendarFeeds feeds;
    private final SamvirkeProperties properties;

    EventFragments(EventQueries queries, CalendarFeeds feeds, SamvirkeProperties properties) {
        this.queries = queries;
        this.feeds = feeds;
        this.properties = properties;
    }

    /** One's upcoming sign-ups and the address of one's own calendar. */
    public record Mine(List<OwnRegistration> registrations, String calendarUrl) {
    }

    /** The product's next events (those under way too). */
    public List<EventListing> ofProduct(String productKey) {
        var now = queries.now();
        return queries.all(new EventFilter(now.minusDays(30), null, productKey, null, false), 50).stream()
                .filter(e -> e.ends().isAfter(now)).limit(ON_PRODUCT_PAGE).toList();
    }

    public Mine mine() {
        var user = SignedInUser.current().orElse(null);
        if (user == null || user.email() == null) {
            return new Mine(List.of(), null);
        }
        return new Mine(queries.ofPerson(user.email(), true),
                properties.baseUrl() + "/kalender/" + feeds.tokenFor(user.email()) + ".ics");
    }
}
