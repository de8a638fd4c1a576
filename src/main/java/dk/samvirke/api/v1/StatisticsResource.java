package dk.samvirke.api.v1;

import dk.samvirke.statistics.Statistics;
import dk.samvirke.statistics.StatisticsService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "Statistics", description = "The association's figures as of any date")
class StatisticsResource {

    private final StatisticsService statistics;
    private final Clock clock;

    StatisticsResource(StatisticsService statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Figures as of a date (default today); definitions in interfaces.md §3")
    Statistics asOf(@Parameter(description = "YYYY-MM-DD; default today")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return statistics.asOf(asOf == null ? LocalDate.now(clock) : asOf);
    }
}
