package dk.samvirke.usage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A product's adoption over time and the versions in use, computed in SQL by the rule that counts a usage
 * on a date ({@link UsageSql#currentOn}): the product page's chart and tables.
 */
@Service
public class ProductAdoption {

    private final JdbcClient jdbc;

    ProductAdoption(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many organisations used the product on a date. */
    public record Point(LocalDate date, int organisations) {
    }

    /** A version and how many organisations use it today; {@code version} null when they did not say. */
    public record VersionInUse(String version, int organisations) {
    }

    /**
     * The end of each year from the first year a usage of the product began until last year, then
     * {@code today}: at most 40 points. Empty when no usage has a start date and none is current.
     */
    @Transactional(readOnly = true)
    public List<Point> series(String productKey, LocalDate today) {
        LocalDate first = jdbc.sql("select min(u.since) from product_usage u join product p on p.id = u.product_id"
                + " where p.product_key = :product").param("product", productKey).query(LocalDate.class).optional().orElse(null);
        List<LocalDate> dates = new ArrayList<>();
        if (first != null) {
            int from = Math.max(first.getYear(), today.getYear() - 39);
            for (int year = from; year < today.getYear(); year++) {
                dates.add(LocalDate.of(year, 12, 31));
            }
        }
        dates.add(today);
        List<Point> points = new ArrayList<>();
        for (LocalDate date : dates) {
            points.add(new Point(date, jdbc.sql("select count(*) from product_usage u join organisation o on o.id = u.organisation_id"
                    + " join product p on p.id = u.product_id where p.product_key = :product and "
                    + UsageSql.currentOn("u", "o", "p", ":d")).param("product", productKey).param("d", date)
                    .query(Integer.class).single()));
        }
        return points.stream().allMatch(p -> p.organisations() == 0) && first == null ? List.of() : points;
    }

    /** The versions in use today, most used first; for signed-in readers (the page decides). */
    @Transactional(readOnly = true)
    public List<VersionInUse> versions(String productKey, LocalDate today) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("select u.product_version, count(*) from product_usage u join organisation o on o.id = u.organisation_id"
                + " join product p on p.id = u.product_id where p.product_key = :product and "
                + UsageSql.currentOn("u", "o", "p", ":d") + " group by u.product_version order by count(*) desc, u.product_version")
                .param("product", productKey).param("d", today)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts.entrySet().stream().map(e -> new VersionInUse(e.getKey(), e.getValue())).toList();
    }
}
