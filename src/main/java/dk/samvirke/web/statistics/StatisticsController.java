package dk.samvirke.web.statistics;

import dk.samvirke.statistics.StatisticsService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The figures as of any date, in tables and charts. */
@Controller
class StatisticsController {

    private final StatisticsService statistics;
    private final ChartDataQuery charts;
    private final Clock clock;

    StatisticsController(StatisticsService statistics, ChartDataQuery charts, Clock clock) {
        this.statistics = statistics;
        this.charts = charts;
        this.clock = clock;
    }

    @GetMapping({"/statistik", "/statistics"})
    String statistics(@RequestParam(required = false) String asOf, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate date = parse(asOf);
        // A date the visitor mistyped is said so, and today's figures are shown meanwhile.
        model.addAttribute("invalidDate", asOf != null && !asOf.isBlank() && date == null ? asOf : null);
        date = date == null ? today : date;
        model.addAttribute("asOf", date);
        model.addAttribute("today", today);
        model.addAttribute("stats", statistics.asOf(date));
        model.addAttribute("charts", charts.chartData(date, today));
        return "statistics/statistics";
    }

    @GetMapping(path = {"/statistik/data", "/statistics/data"}, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ChartData data(@RequestParam(required = false) String asOf) {
        LocalDate today = LocalDate.now(clock);
        LocalDate date = parse(asOf);
        return charts.chartData(date == null ? today : date, today);
    }

    private static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
