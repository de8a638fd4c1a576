package dk.samvirke.shared;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes many new rows into one table on the current transaction's connection, for the module that owns the
 * table (an import's usages and participations, and their history): on PostgreSQL with {@code COPY … FROM STDIN}
 * (one stream instead of a statement per row), elsewhere (H2) as JDBC batches of the same rows. Either way the rows
 * are part of the transaction: all or nothing, as the caller's other writes. No entity, no persistence context.
 *
 * <p>Ids come from the table's pooled sequence as Hibernate takes them ({@link AbstractEntity}: increment
 * {@value #INCREMENT}, each value {@code v} the block {@code v-49 … v}), so that the records written here and those
 * Hibernate writes never share an id.
 */
@Component
public class BulkInsert {

    /** The increment of every {@code <entity>_seq} (V1__registry.sql), Hibernate's allocation size. */
    static final int INCREMENT = 50;
    /** Rows sent at once: a COPY chunk, or a JDBC batch. */
    private static final int CHUNK = 1_000;

    private final JdbcTemplate jdbc;
    private final RegistryVersion version;

    BulkInsert(DataSource dataSource, RegistryVersion version) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.version = version;
    }

    /**
     * Gives new records what persisting them would (an id from {@code sequence}, the table's pooled sequence, and
     * their timestamps), for a caller that then writes them with {@link #insert}.
     */
    public void prepare(String sequence, List<? extends AbstractEntity> records) {
        long[] ids = ids(sequence, records.size());
        for (int i = 0; i < ids.length; i++) {
            records.get(i).assignForBulkInsert(ids[i]);
        }
    }

    /** {@code count} new ids from the pooled sequence, in ascending blocks of {@value #INCREMENT}. */
    public long[] ids(String sequence, int count) {
        if (!sequence.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a sequence name: " + sequence);
        }
        long[] ids = new long[count];
        int filled = 0;
        while (filled < count) {
            int blocks = (count - filled + INCREMENT - 1) / INCREMENT + 1; // one spare: a fresh sequence's first value is no block
            for (long high : highValues(sequence, blocks)) {
                if (high < INCREMENT) {
                    continue; // the first value of a fresh sequence (1): Hibernate, too, asks again
                }
                for (long id = high - INCREMENT + 1; id <= high && filled < count; id++) {
                    ids[filled++] = id;
                }
            }
        }
        return ids;
    }

    private List<Long> highValues(String sequence, int blocks) {
        return jdbc.execute((ConnectionCallback<List<Long>>) connection -> {
            // One round trip for every block; H2 takes the sequence's next value once per row of the range, too.
            String sql = isPostgres(connection)
                    ? "select nextval('" + sequence + "') from generate_series(1, " + blocks + ")"
                    : "select next value for " + sequence + " from system_range(1, " + blocks + ")";
            List<Long> values = new ArrayList<>(blocks);
            try (var statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    values.add(rs.getLong(1));
                }
            }
            return values;
        });
    }

    /**
     * Inserts the rows (values in {@code columns} order: Long, Integer, String, Boolean, BigDecimal, LocalDate,
     * LocalDateTime, Timestamp or null) into {@code table}. The rows are taken one by one as they are sent: a caller
     * can map its records to rows lazily, and no more than a chunk of them is held here.
     */
    public void insert(String table, List<String> columns, Iterable<Object[]> rows) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            boolean copied = isPostgres(connection);
            int written = insert(connection, table, columns, rows, copied);
            // COPY passes by the statements the registry version watches (WriteWatchingDataSource).
            if (copied && written > 0 && RegistryVersion.isRegistryWrite("insert into " + table)) {
                version.changed();
            }
            return null;
        });
    }

    /**
     * As {@link #insert(String, List, Iterable)}, on a connection the caller holds (Hibernate's, before its
     * transaction commits), with COPY on PostgreSQL when {@code copy}; returns how many rows were written. The
     * registry version is not told: the caller's own statements tell it.
     */
    public static int insert(Connection connection, String table, List<String> columns, Iterable<Object[]> rows,
            boolean copy) throws SQLException {
        if (!table.matches("[a-z_]+") || !columns.stream().allMatch(c -> c.matches("[a-z_]+"))) {
            throw new IllegalArgumentException("not a table or column name: " + table + " " + columns);
        }
        return copy && isPostgres(connection) ? copy(connection, table, columns, rows)
                : batch(connection, table, columns, rows);
    }

    private static int copy(Connection connection, String table, List<String> columns, Iterable<Object[]> rows)
            throws SQLException {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
        var in = copy.copyIn(sql);
        int lines = 0;
        try {
            var text = new StringBuilder(CHUNK * 160);
            for (var iterator = rows.iterator(); iterator.hasNext();) {
                line(text, iterator.next());
                if (++lines % CHUNK == 0 || !iterator.hasNext()) {
                    byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                    text.setLength(0);
                }
            }
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
        return lines;
    }

    /** One row in COPY's text format: tab between values, \N for null, backslash escapes. */
    static void line(StringBuilder out, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object value = row[i];
            if (value == null) {
                out.append("\\N");
                continue;
            }
            if (value instanceof Long number) {
                out.append(number.longValue()); // ids, the commonest value: no string made
                continue;
            }
            if (!(value instanceof String)) {
                // Numbers, dates and timestamps have none of the characters to escape. LocalDate and LocalDateTime
                // print as ISO 8601, which PostgreSQL reads as a date and a timestamp.
                out.append(value instanceof Boolean b ? (b ? "t" : "f")
                        : value instanceof BigDecimal d ? d.toPlainString() : value.toString());
                continue;
            }
            String text = (String) value;
            if (!needsEscape(text)) {
                out.append(text); // nearly every text: no character-by-character copy
                continue;
            }
            for (int c = 0; c < text.length(); c++) {
                char ch = text.charAt(c);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(ch);
                }
            }
        }
        out.append('\n');
    }

    private static boolean needsEscape(String text) {
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
                return true;
            }
        }
        return false;
    }

    private static int batch(Connection connection, String table, List<String> columns, Iterable<Object[]> rows)
            throws SQLException {
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int batched = 0;
            for (var iterator = rows.iterator(); iterator.hasNext();) {
                Object[] row = iterator.next();
                for (int c = 0; c < row.length; c++) {
                    insert.setObject(c + 1, row[c]);
                }
                insert.addBatch();
                if (++batched % CHUNK == 0 || !iterator.hasNext()) {
                    insert.executeBatch();
                }
            }
            return batched;
        }
    }

    static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
