package dk.samvirke.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Backup and restore of the embedded H2 database as one compressed SQL script (H2's {@code SCRIPT} and
 * {@code RUNSCRIPT}): the backup reads one snapshot of the whole database, so it is consistent while the
 * application runs and writes; the restore needs the application stopped and says so otherwise.
 */
public final class EmbeddedBackup {

    private EmbeddedBackup() {
    }

    /** Thrown when a backup or restore cannot go ahead; the message tells the operator why. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** Writes the database to {@code file} (deflate-compressed SQL), from one snapshot. */
    public static void backup(DataSource dataSource, Path file) throws SQLException {
        requireH2(dataSource);
        if (Files.exists(file)) {
            throw new Refused(file + " exists already; choose another name");
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            int isolation = connection.getTransactionIsolation();
            boolean autoCommit = connection.getAutoCommit();
            // One snapshot for every table (H2's serializable reads one): a change written meanwhile is in the
            // backup whole or not at all. Set through JDBC, so a pool resets it, and put back here too.
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            connection.setAutoCommit(false);
            try {
                statement.execute("script to " + literal(file) + " compression deflate");
                connection.commit();
            } finally {
                connection.setAutoCommit(autoCommit);
                connection.setTransactionIsolation(isolation);
            }
        }
    }

    /**
     * Replaces the database's contents with the backup's. Refused while anyone else is connected (the running
     * application); the contents it replaces are first saved beside the backup as {@code FILE.before-restore}.
     */
    public static Path restore(DataSource dataSource, Path file) throws SQLException {
        requireH2(dataSource);
        if (!Files.isRegularFile(file)) {
            throw new Refused("no such backup file: " + file);
        }
        Path previous = file.resolveSibling(file.getFileName() + ".before-restore-" + System.currentTimeMillis());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            var others = statement.executeQuery("select count(*) from information_schema.sessions where session_id <> session_id()");
            others.next();
            if (others.getInt(1) > 0) {
                throw new Refused("the database is in use (is the application running?); stop it, then restore");
            }
            statement.execute("script to " + literal(previous) + " compression deflate");
            statement.execute("drop all objects");
            statement.execute("runscript from " + literal(file) + " compression deflate");
        }
        return previous;
    }

    private static void requireH2(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"H2".equalsIgnoreCase(product)) {
                throw new Refused("the database is " + product + ": back it up with pg_dump and restore it with"
                        + " pg_restore (README, \"Backup and restore\")");
            }
        }
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
