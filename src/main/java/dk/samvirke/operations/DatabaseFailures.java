package dk.samvirke.operations;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * What a failure of the database means for the client: it is away (503, try again), two writers raced
 * for the same unique key (409), or the data was refused as such (422, e.g. a NUL character on PostgreSQL).
 * Read from the exception's cause chain and the SQL state, the same on H2 and PostgreSQL.
 */
public final class DatabaseFailures {

    /** Seconds a client should wait before trying again while the database is away. */
    public static final int RETRY_AFTER_SECONDS = 10;

    public enum Kind { UNAVAILABLE, CONFLICT, INVALID_DATA }

    private DatabaseFailures() {
    }

    public static Optional<Kind> kindOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof QueryTimeoutException || t instanceof TransactionTimedOutException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return Optional.of(Kind.UNAVAILABLE);
            }
            // The transaction could not even be rolled back or committed on its connection: the server went away
            // under it (the statement's own failure is then lost behind "Connection is closed").
            if ((t instanceof org.hibernate.TransactionException || t instanceof TransactionSystemException)
                    && t.getCause() instanceof SQLException) {
                return Optional.of(Kind.UNAVAILABLE);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection; 57P0x: the server is shutting down; 57014: a statement timed out (and was cancelled).
                if (state.startsWith("08") || state.startsWith("57P0") || state.equals("57014") || state.equals("HYT00")) {
                    return Optional.of(Kind.UNAVAILABLE);
                }
                if (state.startsWith("23")) {
                    return Optional.of(Kind.CONFLICT);
                }
                if (state.startsWith("22")) {
                    return Optional.of(Kind.INVALID_DATA);
                }
            }
        }
        return Optional.empty();
    }

    public static boolean isUnavailable(Throwable failure) {
        return kindOf(failure).filter(k -> k == Kind.UNAVAILABLE).isPresent();
    }
}
