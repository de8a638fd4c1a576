package dk.samvirke.statistics;

import dk.samvirke.catalogue.ProductSql;
import dk.samvirke.organisations.OrganisationSql;
import dk.samvirke.people.ParticipationSql;
import dk.samvirke.shared.InvalidParameterException;
import dk.samvirke.shared.KeptWhileRegistryStands;
import dk.samvirke.shared.RegistryVersion;
import dk.samvirke.usage.UsageSql;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of interfaces.md §3, computed by the database: one query of aggregates per date, over
 * the indexed tables, whatever the size of the registry. The definitions come from the modules that
 * own them ({@link OrganisationSql}, {@link ProductSql}, {@link UsageSql}, {@link ParticipationSql});
 * {@link StatisticsCalculator} says the same in plain Java and is the test's oracle.
 */
@Service
@Transactional(readOnly = true)
public class StatisticsService {

    /** The most dates one series may ask for: 100 years by month. */
    public static final int MAX_SERIES_POINTS = 1200;

    private static final String MUNICIPAL_USAGES = " from product_usage u join organisation o on o.id = u.organisation_id"
            + " join product p on p.id = u.product_id where o.type = 'municipality' and "
            + UsageSql.currentOn("u", "o", "p", ":d");
    private static final String MUNICIPAL_PARTICIPANTS = " from participation pa join person pe on pe.id = pa.person_id"
            + " join organisation o on o.id = pe.organisation_id join product p on p.id = pa.product_id"
            + " where o.type = 'municipality' and " + OrganisationSql.existsOn("o", ":d") + " and "
            + ParticipationSql.activeOn("pa", ":d") + " and " + ProductSql.managedOn("p", ":d");
    private static final String ALLOCATIONS = " from (select pa.person_id, sum(pa.allocation) as total from participation pa"
            + " where pa.allocation is not null and " + ParticipationSql.activeOn("pa", ":d") + " group by pa.person_id) t";
    private static final String FIGURES = "select"
            + " (select count(*) from organisation o where o.type = 'municipality' and " + OrganisationSql.existsOn("o", ":d") + "),"
            + " (select count(*) from organisation o where o.type = 'municipality' and " + OrganisationSql.memberOn("o", ":d") + "),"
            + " (select count(*) from organisation o where " + OrganisationSql.memberOn("o", ":d") + "),"
            + " (select count(*) from product p where " + ProductSql.managedOn("p", ":d") + "),"
            + " (select count(distinct u.product_id)" + MUNICIPAL_USAGES + "),"
            + " (select count(*)" + MUNICIPAL_USAGES + "),"
            + " (select count(distinct pe.id)" + MUNICIPAL_PARTICIPANTS + "),"
            + " (select count(distinct o.id)" + MUNICIPAL_PARTICIPANTS + "),"
            + " (select count(*)" + ALLOCATIONS + " where t.total >= 1),"
            + " (select count(*)" + ALLOCATIONS + " where t.total > 0 and t.total < 1)";

    /** How many dates' figures are kept (a series by month over 100 years, and then some). */
    private static final int KEPT_DATES = 4000;

    private final JdbcClient jdbc;
    private final List<FigureSource> figureSources;
    private final KeptWhileRegistryStands<LocalDate, Statistics> kept;

    StatisticsService(JdbcClient jdbc, List<FigureSource> figureSources, RegistryVersion registryVersion) {
        this.jdbc = jdbc;
        this.figureSources = figureSources;
        this.kept = new KeptWhileRegistryStands<>(registryVersion, KEPT_DATES);
    }

    /**
     * The figures on the date, with every module's {@link FigureSource} merged in. The merged answer is kept per
     * date while the {@link RegistryVersion} stands (a write on any node raises it), so the home page and the
     * API ask the database once per date and change.
     */
    public Statistics asOf(LocalDate date) {
        return kept.get(date, () -> compute(date));
    }

    private Statistics compute(LocalDate date) {
        var counts = jdbc.sql(FIGURES).param("d", date).query((rs, n) -> new Statistics.Counts(rs.getInt(1), rs.getInt(2),
                rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                rs.getInt(10))).single();
        var statistics = Statistics.of(date, counts);
        for (FigureSource source : figureSources) {
            statistics = statistics.with(source.figuresOn(date));
        }
        return statistics;
    }

    /** The figures for each of the dates, in their order. */
    public List<Statistics> series(List<LocalDate> dates) {
        return dates.stream().map(this::asOf).toList();
    }

    /** How far apart the dates of a series are. */
    public enum Step {
        YEAR(Period.ofYears(1)), MONTH(Period.ofMonths(1));

        private final Period length;

        Step(Period length) {
            this.length = length;
        }
    }

    /**
     * {@code from}, then a step later, and so on while not after {@code to} (interfaces.md §3.1). A
     * step from the 31st lands on the month's last day, counted from {@code from} each time.
     */
    public static List<LocalDate> dates(LocalDate from, LocalDate to, Step step) {
        if (from == null || to == null) {
            throw new InvalidParameterException(from == null ? "from" : "to", "is required");
        }
        InvalidParameterException.checkDate("from", from);
        InvalidParameterException.checkDate("to", to);
        if (to.isBefore(from)) {
            throw new InvalidParameterException("to", "must not be before from (" + from + "), was '" + to + "'");
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; ; i++) {
            LocalDate date = from.plus(step.length.multipliedBy(i));
            if (date.isAfter(to)) {
                return dates;
            }
            if (dates.size() == MAX_SERIES_POINTS) {
                throw new InvalidParameterException("to", "gives more than " + MAX_SERIES_POINTS
                        + " dates; ask for a shorter span or a longer step");
            }
            dates.add(date);
        }
    }
}
