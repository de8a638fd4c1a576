package dk.samvirke.events;

import dk.samvirke.shared.SamvirkeProperties;
import dk.samvirke.shared.TimeConfiguration;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events as iCalendar (RFC 5545, interfaces.md §11), built with ical4j: one VEVENT per event with a UID
 * that never changes (from the event's id), DTSTART/DTEND in Europe/Copenhagen with its VTIMEZONE, SEQUENCE
 * growing with every change, STATUS:CANCELLED for a cancelled event, the description as plain text.
 */
@Service
@Transactional(readOnly = true)
public class EventCalendars {

    /** Feeds hold the events from this many days ago on. */
    static final int DAYS_BACK = 90;
    private static final int MOST = 5000;

    private final EventQueries queries;
    private final JdbcClient jdbc;
    private final SamvirkeProperties properties;
    private final Parser markdown = Parser.builder().build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();

    EventCalendars(EventQueries queries, JdbcClient jdbc, SamvirkeProperties properties) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Every event from 90 days ago on. */
    public String all() {
        return write("Samvirke", queries.all(new EventFilter(from(), null, null, null, false), MOST));
    }

    /** A product's events from 90 days ago on, or empty when there is no such product. */
    public String ofProduct(String productKey, String productName) {
        return write("Samvirke: " + productName, queries.all(new EventFilter(from(), null, productKey, null, false), MOST));
    }

    /** One event, whenever it is. */
    public java.util.Optional<String> one(String key) {
        return queries.listing(key).map(l -> write(l.title(), List.of(l)));
    }

    /** The events a person holds a seat at, from 90 days ago on. */
    public String ofPerson(String email) {
        var own = queries.ofPerson(email, false).stream()
                .filter(o -> o.status().holdsSeat() && !o.event().starts().isBefore(from()))
                .map(EventQueries.OwnRegistration::event).toList();
        return write("Samvirke", own);
    }

    private LocalDateTime from() {
        return queries.now().minusDays(DAYS_BACK).toLocalDate().atStartOfDay();
    }

    private String write(String name, List<EventListing> events) {
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Samvirke//Arrangementer//DA"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", TimeConfiguration.COPENHAGEN.getId()));
        calendar.add(Copenhagen.ZONE);
        var descriptions = descriptions(events);
        Instant stamp = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String host = URI.create(properties.baseUrl()).getHost();
        for (EventListing e : events) {
            var event = new VEvent(e.starts().atZone(TimeConfiguration.COPENHAGEN), e.ends().atZone(TimeConfiguration.COPENHAGEN),
                    e.title());
            event.add(new Uid("event-" + e.id() + "@" + host));
            event.add(new DtStamp(stamp));
            event.add(new Sequence(e.sequence()));
            String where = e.location() != null ? e.location() : e.onlineUrl();
            if (where != null) {
                event.add(new Location(where));
            }
            event.add(new Url(URI.create(properties.baseUrl() + e.path())));
            String description = plain(descriptions.get(e.id()));
            if (e.onlineUrl() != null) {
                description = (description.isEmpty() ? "" : description + "\n\n") + e.onlineUrl();
            }
            if (!description.isEmpty()) {
                event.add(new Description(description));
            }
            event.add(e.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
            calendar.add(event);
        }
        return calendar.toString();
    }

    private java.util.Map<Long, String> descriptions(List<EventListing> events) {
        if (events.isEmpty()) {
            return java.util.Map.of();
        }
        var map = new java.util.HashMap<Long, String>();
        jdbc.sql("select id, description from event where id in (:ids)")
                .param("ids", events.stream().map(EventListing::id).toList())
                .query((rs, n) -> map.put(rs.getLong(1), rs.getString(2))).list();
        return map;
    }

    /**
     * ical4j's time-zone registry, read at the first calendar asked for rather than at start: it loads and parses
     * its zone definitions, which made this bean one of the slower ones to create.
     */
    private static final class Copenhagen {
        static final VTimeZone ZONE = copenhagen();
    }

    /**
     * Europe/Copenhagen's VTIMEZONE. The time zone database now defines Copenhagen as Berlin's rules, and ical4j
     * names the definition so; the calendar names it Europe/Copenhagen, as its DTSTART and DTEND do.
     */
    private static VTimeZone copenhagen() {
        TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
        VTimeZone definition = zones.getTimeZone(TimeConfiguration.COPENHAGEN.getId()).getVTimeZone().copy();
        definition.removeAll("TZURL", "X-LIC-LOCATION", "LAST-MODIFIED");
        definition.replace(new TzId(TimeConfiguration.COPENHAGEN.getId()));
        return definition;
    }

    private String plain(String md) {
        return md == null || md.isBlank() ? "" : text.render(markdown.parse(md)).strip();
    }
}
