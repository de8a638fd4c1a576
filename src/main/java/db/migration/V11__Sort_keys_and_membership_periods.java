package db.migration;

import dk.samvirke.shared.SortKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills what V10 added from the rows already there: the Danish sort key of every organisation and
 * product (computed by Java's collator, which SQL cannot do alike on H2 and PostgreSQL), and one
 * membership period per organisation from its v1 {@code member_since}/{@code member_until}.
 */
public class V11__Sort_keys_and_membership_periods extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        sortKeys(connection, "organisation");
        sortKeys(connection, "product");
        memberships(connection);
    }

    private static void sortKeys(Connection connection, String table) throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select id, name from " + table);
                PreparedStatement update = connection.prepareStatement("update " + table + " set sort_key = ? where id = ?")) {
            while (rows.next()) {
                update.setString(1, SortKeys.danish(rows.getString(2)));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /**
     * Ids come from the table's pooled sequence, one call per row, so that the ids Hibernate later takes
     * from it (a block of 50 at a time) never meet these.
     */
    private static void memberships(Connection connection) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        String next = postgres ? "select nextval('membership_seq')" : "select next value for membership_seq";
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)); // as AbstractEntity stores them
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery(
                        "select id, member_since, member_until from organisation where member_since is not null");
                PreparedStatement insert = connection.prepareStatement("insert into membership (id, organisation_id, since,"
                        + " until, version, created_at, updated_at) values (?, ?, ?, ?, 0, ?, ?)");
                Statement sequence = connection.createStatement()) {
            while (rows.next()) {
                long id;
                try (ResultSet value = sequence.executeQuery(next)) {
                    value.next();
                    id = value.getLong(1);
                }
                insert.setLong(1, id);
                insert.setLong(2, rows.getLong(1));
                insert.setDate(3, rows.getDate(2));
                insert.setDate(4, rows.getDate(3));
                insert.setTimestamp(5, now);
                insert.setTimestamp(6, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
