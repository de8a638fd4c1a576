package dk.samvirke.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.operations.DatabaseFailures.Kind;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** What a database failure means for the client, as PostgreSQL and H2 report them. */
class DatabaseFailuresTest {

    @Test
    void theServerAwayIsUnavailable() {
        assertThat(DatabaseFailures.kindOf(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).contains(Kind.UNAVAILABLE);
        assertThat(DatabaseFailures.kindOf(new RuntimeException(new SQLException("terminating connection", "57P01"))))
                .contains(Kind.UNAVAILABLE);
        assertThat(DatabaseFailures.kindOf(new RuntimeException(new SQLException("I/O error", "08006"))))
                .contains(Kind.UNAVAILABLE);
        // A write in flight when the server stopped: the rollback fails too, and hides the statement's failure.
        assertThat(DatabaseFailures.kindOf(new JpaSystemException(new TransactionException("Unable to rollback against"
                + " JDBC Connection", new SQLException("Connection is closed"))))).contains(Kind.UNAVAILABLE);
    }

    @Test
    void aRaceForAUniqueKeyIsAConflictAndARefusedValueInvalidData() {
        assertThat(DatabaseFailures.kindOf(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505")))).contains(Kind.CONFLICT);
        assertThat(DatabaseFailures.kindOf(new DataIntegrityViolationException("nul",
                new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")))).contains(Kind.INVALID_DATA);
    }

    @Test
    void anythingElseIsNotTheDatabasesVerdict() {
        assertThat(DatabaseFailures.kindOf(new IllegalStateException("a bug"))).isEmpty();
        assertThat(DatabaseFailures.kindOf(new TransactionException("no SQL cause"))).isEmpty();
    }
}
