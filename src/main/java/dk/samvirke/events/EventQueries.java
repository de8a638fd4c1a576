package dk.samvirke.events;

import dk.samvirke.forum.MarkdownRenderer;
import dk.samvirke.shared.CodedEnum;
import dk.samvirke.shared.TimeConfiguration;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Events as the public sees them, asked of the database with their counts of registered and waiting. */
@Service
@Transactional(readOnly = true)
public class EventQueries {

    static final String LISTING = "select e.id, e.event_key, e.title, e.title_en, e.kind, e.starts, e.ends, e.location,"
            + " e.online_url, e.capacity,"
            + " (select count(*) from event_registration r where r.event_id = e.id"
            + "  and r.status in ('registered', 'attended', 'absent')) as registered,"
            + " (select count(*) from event_registration r where r.event_id = e.id and r.status = 'waiting') as waiting,"
            + " p.product_key, p.name as product_name, e.body_key, e.cancelled, e.signup_closes, e.ical_sequence, e.version"
            + " from event e left join product p on p.id = e.product_id";

    private final JdbcClient jdbc;
    private final MarkdownRenderer markdown;
    private final Clock clock;

    EventQueries(JdbcClient jdbc, MarkdownRenderer markdown, Clock clock) {
        this.jdbc = jdbc;
        this.markdown = markdown;
        this.clock = clock;
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(TimeConfiguration.COPENHAGEN));
    }

    public Page<EventListing> list(EventFilter filter, Pageable page) {
        var where = new StringBuilder(" where 1 = 1");
        if (filter.from() != null) {
            where.append(" and e.starts >= :from");
        }
        if (filter.to() != null) {
            where.append(" and e.starts < :to");
        }
        if (filter.product() != null) {
            where.append(" and p.product_key = :product");
        }
        if (filter.kind() != null) {
            where.append(" and e.kind = :kind");
        }
        long total = params(jdbc.sql("select count(*) from event e left join product p on p.id = e.product_id" + where),
                filter).query(Long.class).single();
        if (page.getOffset() >= total) {
            return new PageImpl<>(List.of(), page, total);
        }
        String order = filter.newestFirst() ? " order by e.starts desc, e.event_key" : " order by e.starts, e.event_key";
        var items = params(jdbc.sql(LISTING + where + order + " limit :limit offset :offset"), filter)
                .param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query(EventQueries::listing).list();
        return new PageImpl<>(items, page, total);
    }

    /** Every event in a filter, without paging (calendar feeds, a product's page: short lists). */
    public List<EventListing> all(EventFilter filter, int limit) {
        return list(filter, org.springframework.data.domain.PageRequest.of(0, limit)).getContent();
    }

    public Optional<EventListing> listing(String key) {
        return jdbc.sql(LISTING + " where e.event_key = :key").param("key", key).query(EventQueries::listing).optional();
    }

    public Optional<EventView> view(String key) {
        return listing(key).map(listing -> {
            var texts = jdbc.sql("select description, materials, minutes, forum_topic_id from event where id = :id")
                    .param("id", listing.id()).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2),
                            rs.getString(3), rs.getObject(4) == null ? null : String.valueOf(rs.getLong(4))})
                    .single();
            boolean over = !now().isBefore(listing.ends());
            return new EventView(listing, texts[0], markdown.toHtml(texts[0]), over ? markdown.toHtml(texts[1]) : "",
                    over ? markdown.toHtml(texts[2]) : "", texts[1], texts[2],
                    texts[3] == null ? null : Long.valueOf(texts[3]), over);
        });
    }

    /** The products that have events, by name: the list page's filter. */
    public List<ProductChoice> productsWithEvents() {
        return jdbc.sql("select distinct p.product_key, p.name from event e join product p on p.id = e.product_id"
                + " order by p.name, p.product_key").query((rs, n) -> new ProductChoice(rs.getString(1), rs.getString(2)))
                .list();
    }

    public record ProductChoice(String key, String name) {
    }

    /** The events a person is signed up for (not cancelled), soonest first, with their status. */
    public List<OwnRegistration> ofPerson(String email, boolean upcomingOnly) {
        if (email == null) {
            return List.of();
        }
        return jdbc.sql(LISTING + " join event_registration own on own.event_id = e.id join person pe on pe.id = own.person_id"
                        + " where pe.email = :email and own.status <> 'cancelled'"
                        + (upcomingOnly ? " and e.ends >= :now" : "") + " order by e.starts, e.event_key")
                .param("email", email.toLowerCase(java.util.Locale.ROOT)).param("now", now())
                .query((rs, n) -> listing(rs, n)).list().stream()
                .map(l -> new OwnRegistration(l, status(l.id(), email))).toList();
    }

    private RegistrationStatus status(long eventId, String email) {
        String code = jdbc.sql("select r.status from event_registration r join person p on p.id = r.person_id"
                + " where r.event_id = :event and p.email = :email").param("event", eventId)
                .param("email", email.toLowerCase(java.util.Locale.ROOT)).query(String.class).single();
        return CodedEnum.fromCode(RegistrationStatus.class, code).orElseThrow();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, EventFilter filter) {
        if (filter.from() != null) {
            spec = spec.param("from", filter.from());
        }
        if (filter.to() != null) {
            spec = spec.param("to", filter.to());
        }
        if (filter.product() != null) {
            spec = spec.param("product", filter.product());
        }
        if (filter.kind() != null) {
            spec = spec.param("kind", filter.kind().code());
        }
        return spec;
    }

    static EventListing listing(ResultSet rs, int row) throws SQLException {
        String key = rs.getString("event_key");
        Integer capacity = rs.getObject("capacity") == null ? null : rs.getInt("capacity");
        var closes = rs.getTimestamp("signup_closes");
        return new EventListing(rs.getLong("id"), key, rs.getString("title"), rs.getString("title_en"),
                CodedEnum.fromCode(EventKind.class, rs.getString("kind")).orElseThrow(),
                rs.getTimestamp("starts").toLocalDateTime(), rs.getTimestamp("ends").toLocalDateTime(),
                rs.getString("location"), rs.getString("online_url"), capacity, rs.getInt("registered"),
                rs.getInt("waiting"), rs.getString("product_key"), rs.getString("product_name"), rs.getString("body_key"),
                rs.getBoolean("cancelled"), closes == null ? null : closes.toLocalDateTime(), rs.getInt("ical_sequence"),
                rs.getLong("version"), EventLookup.path(key));
    }

    /** One of a person's sign-ups. */
    public record OwnRegistration(EventListing event, RegistrationStatus status) {
    }
}
