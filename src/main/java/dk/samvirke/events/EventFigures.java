package dk.samvirke.events;

import dk.samvirke.organisations.OrganisationSql;
import dk.samvirke.statistics.FigureSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The event figures of interfaces.md §3.1 on a date D, by one SQL query: {@code events} (not cancelled, started
 * in the 365 days up to and including D), {@code eventParticipants} (distinct people registered or attended for
 * them) and {@code eventMunicipalities} (distinct municipalities, existing on D, of those people).
 */
@Component
@Transactional(readOnly = true)
public class EventFigures implements FigureSource {

    /** The events that count on :d: starting from :from (D − 364 days, 00:00) to before :to (D + 1 day, 00:00). */
    static final String COUNTED = " from event e where e.cancelled = false and e.starts >= :from and e.starts < :to";
    static final String PEOPLE = " from event_registration r join event e on e.id = r.event_id"
            + " where e.cancelled = false and e.starts >= :from and e.starts < :to"
            + " and r.status in ('registered', 'attended')";
    static final String FIGURES = "select (select count(*)" + COUNTED + "),"
            + " (select count(distinct r.person_id)" + PEOPLE + "),"
            + " (select count(distinct o.id)" + PEOPLE.replace(" where ", " join person pe on pe.id = r.person_id"
                    + " join organisation o on o.id = pe.organisation_id where o.type = 'municipality' and "
                    + OrganisationSql.existsOn("o", ":d") + " and ") + ")";

    private final JdbcClient jdbc;

    EventFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Object> figuresOn(LocalDate date) {
        var figures = on(date);
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("events", figures.events());
        map.put("eventParticipants", figures.participants());
        map.put("eventMunicipalities", figures.municipalities());
        return map;
    }

    public Figures on(LocalDate date) {
        return jdbc.sql(FIGURES).param("from", date.minusDays(364).atStartOfDay()).param("to", date.plusDays(1).atStartOfDay())
                .param("d", date)
                .query((rs, n) -> new Figures(date, rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
    }

    /** One point at the end of each year from the first event's year, the last one today: the statistics chart. */
    public List<Figures> perYear(LocalDate today) {
        var earliest = jdbc.sql("select min(starts) from event").query((rs, n) -> rs.getTimestamp(1)).list();
        LocalDate first = earliest.isEmpty() || earliest.get(0) == null ? today
                : earliest.get(0).toLocalDateTime().toLocalDate();
        List<Figures> points = new ArrayList<>();
        for (int year = Math.min(first.getYear(), today.getYear()); year < today.getYear(); year++) {
            points.add(on(LocalDate.of(year, 12, 31)));
        }
        points.add(on(today));
        return points;
    }

    /** The three figures on a date. */
    public record Figures(LocalDate date, int events, int participants, int municipalities) {
    }
}
