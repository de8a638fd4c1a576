package dk.samvirke.statistics;

import dk.samvirke.catalogue.ProductSql;
import dk.samvirke.organisations.OrganisationSql;
import dk.samvirke.shared.KeptWhileRegistryStands;
import dk.samvirke.shared.RegistryVersion;
import dk.samvirke.statistics.ChartData.MunicipalityUsage;
import dk.samvirke.statistics.ChartData.ProductUsage;
import dk.samvirke.statistics.ChartData.TrendPoint;
import dk.samvirke.usage.UsageSql;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The series behind the statistics page's charts, by the same definitions as the published figures:
 * the trend (a point per year), municipalities per product (the most used: a bar chart and a table of
 * 50 000 products would say nothing) and products per municipality on a date.
 */
@Service
@Transactional(readOnly = true)
public class StatisticsCharts {

    private static final String MUNICIPAL_USAGE = " from product_usage u join organisation o on o.id = u.organisation_id"
            + " join product p on p.id = u.product_id where o.type = 'municipality' and "
            + UsageSql.currentOn("u", "o", "p", ":d");

    /** The products the chart shows, most used first. */
    public static final int PRODUCTS_SHOWN = 30;

    /** How many dates' charts are kept. */
    private static final int KEPT_DATES = 200;

    private final StatisticsService statistics;
    private final JdbcClient jdbc;
    private final KeptWhileRegistryStands<Dates, ChartData> kept;

    private record Dates(LocalDate asOf, LocalDate today) {
    }

    StatisticsCharts(StatisticsService statistics, JdbcClient jdbc, RegistryVersion registryVersion) {
        this.statistics = statistics;
        this.jdbc = jdbc;
        this.kept = new KeptWhileRegistryStands<>(registryVersion, KEPT_DATES);
    }

    /**
     * The charts on a date, the trend up to today. Kept per date while the {@link RegistryVersion} stands, as the
     * figures are: the page and its charts' request for {@code /statistik/data} ask for the same, and at the scale
     * of interfaces.md §13 computing them takes the database half a second.
     */
    public ChartData chartData(LocalDate asOf, LocalDate today) {
        return kept.get(new Dates(asOf, today), () -> {
            List<ProductRow> products = perProduct(asOf);
            int managed = products.isEmpty() ? 0 : products.get(0).managed();
            return new ChartData(asOf, trend(today), products.stream().map(ProductRow::usage).toList(),
                    managed - products.size(), perMunicipality(asOf));
        });
    }

    /** The trend's dates: the end of each year from the year of the earliest date in the records, and today. */
    public List<LocalDate> trendDates(LocalDate today) {
        // from the first membership, adoption, usage or participation: an old founding date starts no trend
        LocalDate earliest = jdbc.sql("select min(d) from (select min(since) as d from membership"
                        + " union all select min(adopted_on) from product"
                        + " union all select min(since) from product_usage union all select min(since) from participation) dates"
                        + " where d < :today")
                .param("today", today).query(LocalDate.class).optional().orElse(today);
        List<LocalDate> dates = new ArrayList<>();
        for (int year = earliest.getYear(); year < today.getYear(); year++) {
            dates.add(LocalDate.of(year, 12, 31));
        }
        dates.add(today);
        return dates;
    }

    /** One point on each of {@link #trendDates}, the last one today. */
    private List<TrendPoint> trend(LocalDate today) {
        return statistics.series(trendDates(today)).stream()
                .map(s -> new TrendPoint(s.asOf(), s.asOf().equals(today) ? s.asOf().toString()
                        : String.valueOf(s.asOf().getYear()), s.members(), s.productsInUse(), s.municipalUsages()))
                .toList();
    }

    private record ProductRow(ProductUsage usage, int managed) {
    }

    /** The most used managed products with the number of municipalities using each, and how many are managed. */
    private List<ProductRow> perProduct(LocalDate date) {
        return jdbc.sql("select q.product_key, q.name, (select count(distinct u.organisation_id)" + MUNICIPAL_USAGE
                        + " and u.product_id = q.id) as municipalities, count(*) over () as managed from product q where "
                        + ProductSql.managedOn("q", ":d") + " order by municipalities desc, q.sort_key, q.name, q.product_key"
                        + " fetch first " + PRODUCTS_SHOWN + " rows only")
                .param("d", date)
                .query((rs, n) -> new ProductRow(new ProductUsage(rs.getString(1), rs.getString(2), rs.getInt(3)),
                        rs.getInt(4))).list();
    }

    /** Every Danish municipality that exists on the date with the number of products it uses, for the map. */
    private List<MunicipalityUsage> perMunicipality(LocalDate date) {
        return jdbc.sql("select m.org_key, m.name, m.municipality_code, (select count(distinct u.product_id)" + MUNICIPAL_USAGE
                        + " and u.organisation_id = m.id) from organisation m where m.type = 'municipality'"
                        + " and m.country = 'DK' and m.municipality_code is not null and "
                        + OrganisationSql.existsOn("m", ":d") + " order by m.sort_key, m.name, m.org_key")
                .param("d", date)
                .query((rs, n) -> new MunicipalityUsage(rs.getString(1), rs.getString(2), rs.getString(3),
                        mapCode(rs.getString(3)), rs.getInt(4))).list();
    }

    /** The geometry's {@code kode} is the DAGI form of the code: four digits, zero-padded. */
    static String mapCode(String municipalityCode) {
        String digits = municipalityCode.trim();
        return "0".repeat(Math.max(0, 4 - digits.length())) + digits;
    }
}
