package dk.samvirke.web.statistics;

import dk.samvirke.shared.FieldCheck;
import dk.samvirke.statistics.ChartData;
import dk.samvirke.statistics.StatisticsCharts;
import dk.samvirke.statistics.StatisticsService;
import java.time.Clock;
import java.time.LocalDate;
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
    private final StatisticsCharts charts;
    private final Clock clock;

    StatisticsController(StatisticsService statistics, StatisticsCharts charts, Clock clock) {
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

    /** The figures (interfaces.md §3) on each date of the trend chart, the last being today, as CSV. */
    @GetMapping({"/statistik/tal.csv", "/statistics/figures.csv"})
    org.springframework.http.ResponseEntity<byte[]> figures() {
        LocalDate today = LocalDate.now(clock);
        var dates = charts.trendDates(today);
        var rows = statistics.series(dates).stream().map(f -> java.util.List.of(f.asOf().toString(),
                String.valueOf(f.municipalities()), String.valueOf(f.memberMunicipalities()),
                String.valueOf(f.memberMunicipalityShare()), String.valueOf(f.members()), String.valueOf(f.products()),
                String.valueOf(f.productsInUse()), String.valueOf(f.municipalUsages()),
                f.averageProductsPerMunicipality().toPlainString(), String.valueOf(f.participants()),
                String.valueOf(f.participatingMunicipalities()), String.valueOf(f.fullTime()),
                String.valueOf(f.partTime()))).toList();
        return dk.samvirke.web.Downloads.csv("tal", today, dk.samvirke.importing.Csv.of(java.util.List.of("date",
                "municipalities", "member_municipalities", "member_municipality_share", "members", "products",
                "products_in_use", "municipal_usages", "average_products_per_municipality", "participants",
                "participating_municipalities", "full_time", "part_time"), rows));
    }

    /** The date by the registry's one rule for dates (1900-01-01 to 9999-12-31); null when it breaks it. */
    private static LocalDate parse(String value) {
        var check = new FieldCheck();
        LocalDate date = check.date("asOf", value);
        return check.isValid() ? date : null;
    }
}
