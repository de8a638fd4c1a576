package dk.samvirke.web.harvest;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The newest harvest jobs across all products. Read straight from the harvest tables: the harvest
 * module answers one job at a time, and this page is a read-only view of all of them.
 */
@Component
class HarvestJobsQuery {

    static final int LIMIT = 200;

    private final JdbcClient jdbc;

    HarvestJobsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<HarvestJobRow> newest() {
        return jdbc.sql("select j.id, p.product_key, p.name, r.url, j.state, j.progress, j.message, j.created_at "
                        + "from harvest_job j join harvest_repository r on r.id = j.repository_id "
                        + "join product p on p.id = r.product_id order by j.id desc limit " + LIMIT)
                .query((rs, n) -> new HarvestJobRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), (int) Math.round(rs.getDouble(6) * 100), rs.getString(7),
                        rs.getTimestamp(8).toLocalDateTime()))
                .list();
    }
}
