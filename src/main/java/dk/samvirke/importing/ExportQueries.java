package dk.samvirke.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Queries an export streams from, a few hundred rows at a time (PostgreSQL's driver reads a whole result into
 * memory unless a fetch size is set inside a transaction), in the order Java sorts the keys: PostgreSQL orders
 * text by its locale's collation unless told {@code collate "C"}; H2 compares as Java does.
 */
@Component
class ExportQueries {

    interface RowWriter {
        void write(ResultSet rs) throws SQLException;
    }

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    ExportQueries(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
    }

    void stream(String sql, RowWriter writer) {
        jdbc.query(sql, rs -> {
            writer.write(rs);
        });
    }

    /** An {@code order by} term for a key column, byte for byte as {@link String#compareTo} orders ASCII keys. */
    String byKey(String column) {
        if (postgres == null) {
            postgres = jdbc.execute((ConnectionCallback<Boolean>) c -> c.getMetaData().getDatabaseProductName()
                    .toLowerCase(java.util.Locale.ROOT).contains("postgres"));
        }
        return postgres ? column + " collate \"C\"" : column;
    }
}
