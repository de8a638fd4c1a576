package dk.samvirke.web.events;

import dk.samvirke.events.EventFigures;
import dk.samvirke.events.EventFigures.Figures;
import dk.samvirke.shared.TimeConfiguration;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The statistics page's events chart: a point per year (events, participants, municipalities in the year up
 * to its last day, and up to today), for {@code events/_statistics.html} as {@code @eventsStatistics} and as
 * JSON for the chart at {@code /statistik/arrangementer/data}.
 */
@Controller("eventsStatistics")
public class EventStatistics {

    private final EventFigures figures;
    private final Clock clock;

    EventStatistics(EventFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    public List<Figures> perYear() {
        return figures.perYear(LocalDate.now(clock.withZone(TimeConfiguration.COPENHAGEN)));
    }

    @GetMapping(value = "/statistik/arrangementer/data", produces = "application/json")
    @ResponseBody
    Map<String, Object> data() {
        var points = perYear();
        LocalDate today = points.get(points.size() - 1).date();
        return Map.of("perYear", points.stream().map(p -> Map.of("label",
                p.date().equals(today) ? p.date().toString() : String.valueOf(p.date().getYear()), "events", p.events(),
                "participants", p.participants(), "municipalities", p.municipalities())).toList());
    }
}
