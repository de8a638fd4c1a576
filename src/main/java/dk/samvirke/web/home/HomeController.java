package dk.samvirke.web.home;

import dk.samvirke.statistics.StatisticsService;
import dk.samvirke.usage.CatalogueSearch;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private static final int MOST_USED = 5;

    private final StatisticsService statistics;
    private final CatalogueSearch catalogue;
    private final Clock clock;
    private final dk.samvirke.statistics.StatisticsCharts charts;

    HomeController(StatisticsService statistics, CatalogueSearch catalogue, Clock clock,
            dk.samvirke.statistics.StatisticsCharts charts) {
        this.charts = charts;
        this.statistics = statistics;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("stats", statistics.asOf(today));
        model.addAttribute("mostUsed", catalogue.mostUsed(today, MOST_USED));
        // Members and usages over time: the statistics page's series, chart and table.
        model.addAttribute("trend", charts.chartData(today, today).trend());
        return "home";
    }
}
