package dk.samvirke.api.v1;

import dk.samvirke.shared.InvalidParameterException;
import dk.samvirke.statistics.Statistics;
import dk.samvirke.statistics.StatisticsService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
    Statistics asOf(@Parameter(description = "YYYY-MM-DD, 1900-01-01 to 9999-12-31; default today")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return statistics.asOf(asOf == null ? LocalDate.now(clock) : InvalidParameterException.checkDate("asOf", asOf));
    }

    @GetMapping("/series")
    @Operation(summary = "The same figures for each date from `from`, a step (a year or a month) apart, up to `to`"
            + " (interfaces.md §3.1); at most " + StatisticsService.MAX_SERIES_POINTS + " dates")
    List<Statistics> series(
            @Parameter(description = "The first date, YYYY-MM-DD") @RequestParam
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "The last date at most, YYYY-MM-DD") @RequestParam
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "year or month") @RequestParam(defaultValue = "year") String step) {
        StatisticsService.Step length = switch (step.toLowerCase(Locale.ROOT)) {
            case "year" -> StatisticsService.Step.YEAR;
            case "month" -> StatisticsService.Step.MONTH;
            default -> throw new InvalidParameterException("step", "must be year or month, was '" + step + "'");
        };
        return statistics.series(StatisticsService.dates(from, to, length));
    }
}
