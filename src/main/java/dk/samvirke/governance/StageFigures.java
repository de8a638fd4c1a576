package dk.samvirke.governance;

import dk.samvirke.catalogue.ProductSql;
import dk.samvirke.statistics.FigureSource;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code productsByStage} of interfaces.md §3.1, by one query: the managed products on D per maturity stage on D
 * (each product's step with the latest since ≤ D), {@code none} for those without one; every stage named, in
 * the order of the stages.
 */
@Component
class StageFigures implements FigureSource {

    static final String FIELD = "productsByStage";

    private final JdbcClient jdbc;

    StageFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Object> figuresOn(LocalDate date) {
        return Map.of(FIELD, productsByStage(date));
    }

    Map<String, Long> productsByStage(LocalDate date) {
        Map<String, Long> result = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            result.put(stage.code(), 0L);
        }
        result.put("none", 0L);
        jdbc.sql("select st.stage, count(*) from product p left join product_stage st on st.product_id = p.id"
                        + " and st.since = (select max(s.since) from product_stage s where s.product_id = p.id"
                        + " and s.since <= :d) where " + ProductSql.managedOn("p", ":d") + " group by st.stage")
                .param("d", date)
                .query(rs -> {
                    String stage = rs.getString(1);
                    result.put(stage == null ? "none" : stage, rs.getLong(2));
                });
        return result;
    }
}
