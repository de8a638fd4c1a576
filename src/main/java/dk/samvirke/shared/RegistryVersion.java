package dk.samvirke.shared;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jakarta.annotation.PreDestroy;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A cheap validator of everything derived from the registry (interfaces.md §13, "several nodes"): one counter
 * in the database ({@code registry_version}), raised after every committed transaction that wrote to a table
 * other than the operational ones (sessions, security events, jobs, mail, idempotency keys), and after every
 * successful unsafe HTTP request. Pages and answers carry it in their ETag; the rendered-page cache and the
 * day's figures are valid while it stands.
 *
 * <p>Every node raises it in the database, so the nodes agree: a node learns of its own writes at once and of
 * another node's within {@code samvirke.cache.version-check} (1 s by default; 0 asks the database every
 * time). When the database cannot be asked, {@link #current()} is empty and nothing is served from a cache.
 *
 * <p>Writes are seen where their SQL reaches the connection pool ({@link WriteWatchingDataSource}): Hibernate's,
 * Spring JDBC's and Flyway's alike, so no module has to remember to say so.
 */
@Component
public class RegistryVersion {

    private static final Logger log = LoggerFactory.getLogger(RegistryVersion.class);

    /** Tables whose writes leave every page as it was. */
    private static final Set<String> OPERATIONAL = Set.of("spring_session", "spring_session_attributes", "security_event",
            "scheduled_tasks", "event_publication", "event_publication_archive", "outgoing_mail", "idempotency_key",
            "registry_version", "flyway_schema_history", "harvest_job", "api_token", "totp_recovery_code", "forum_read",
            "forum_notification", "security_notice_mailing", "import_job");

    private final DataSource dataSource;
    private final long checkNanos;
    /** How many check intervals the last answer of the background reading stays good for. */
    private static final int STALE_AFTER_CHECKS = 5;

    private final AtomicLong known = new AtomicLong(-1);
    private volatile long checkedAt;
    private volatile ScheduledExecutorService refresher;

    RegistryVersion(@org.springframework.context.annotation.Lazy DataSource dataSource, @Value("${samvirke.cache.version-check:1s}") Duration check) {
        this.dataSource = dataSource;
        this.checkNanos = check.toNanos();
    }

    /**
     * The registry's version now, as far as this node knows (at most the check interval old); empty when unknown,
     * and inside a transaction that has written to the registry and not yet committed (what it reads is its own).
     */
    public OptionalLong current() {
        if (TransactionSynchronizationManager.isSynchronizationActive() && TransactionSynchronizationManager
                .getSynchronizations().stream().anyMatch(RaiseAfterCommit.class::isInstance)) {
            return OptionalLong.empty();
        }
        long now = System.nanoTime();
        long version = known.get();
        if (refresher != null) {
            // Asked in the background: a request never waits for the database here, so a request while the
            // database is away waits for it once (its own query), not twice. Unknown when the last answer is old.
            return version < 0 || now - checkedAt > STALE_AFTER_CHECKS * checkNanos ? OptionalLong.empty()
                    : OptionalLong.of(version);
        }
        if (version < 0 || now - checkedAt >= checkNanos) {
            try {
                version = read();
                known.set(version);
                checkedAt = now;
            } catch (SQLException | RuntimeException e) {
                known.set(-1);
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(version);
    }

    /** From the start on, the version is read every check interval by a thread of its own (not with 0). */
    @EventListener(ApplicationReadyEvent.class)
    void startReading() {
        if (checkNanos == 0 || refresher != null) {
            return;
        }
        var thread = Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, "registry-version");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::readNow, 0, checkNanos, TimeUnit.NANOSECONDS);
        refresher = thread;
    }

    @PreDestroy
    void stopReading() {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    private void readNow() {
        try {
            known.set(read());
            checkedAt = System.nanoTime();
        } catch (SQLException | RuntimeException e) {
            known.set(-1);
        }
    }

    /**
     * The registry changed: raise the version, after the current transaction commits if there is one (nothing
     * if it rolls back), at once otherwise.
     */
    public void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // Once per transaction (an inner REQUIRES_NEW one has synchronisations of its own).
            if (TransactionSynchronizationManager.getSynchronizations().stream().noneMatch(RaiseAfterCommit.class::isInstance)) {
                TransactionSynchronizationManager.registerSynchronization(new RaiseAfterCommit());
            }
        } else {
            raise();
        }
    }

    private final class RaiseAfterCommit implements TransactionSynchronization {

        @Override
        public void afterCompletion(int status) {
            if (status == STATUS_COMMITTED) {
                raise();
            }
        }
    }

    /** Raised outside the caller's transaction, on a connection of its own (autocommit). */
    private void raise() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            statement.executeUpdate("update registry_version set version = version + 1 where id = 1");
            try (ResultSet rs = statement.executeQuery("select version from registry_version where id = 1")) {
                rs.next();
                known.set(rs.getLong(1));
                checkedAt = System.nanoTime();
            }
        } catch (SQLException | RuntimeException e) {
            // The write itself is committed; caches must not outlive it here, and other nodes check again.
            known.set(-1);
            log.debug("Could not raise the registry version: {}", e.toString());
        }
    }

    private long read() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select version from registry_version where id = 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Whether a statement Hibernate prepares writes to the registry (rather than an operational table). */
    static boolean writesRegistry(String sql) {
        String s = sql.stripLeading().toLowerCase(Locale.ROOT);
        String table;
        if (s.startsWith("insert into ")) {
            table = s.substring("insert into ".length());
        } else if (s.startsWith("update ")) {
            table = s.substring("update ".length());
        } else if (s.startsWith("delete from ")) {
            table = s.substring("delete from ".length());
        } else if (s.startsWith("merge into ")) {
            table = s.substring("merge into ".length());
        } else {
            return false;
        }
        int end = 0;
        while (end < table.length() && (Character.isLetterOrDigit(table.charAt(end)) || table.charAt(end) == '_'
                || table.charAt(end) == '.')) {
            end++;
        }
        String name = table.substring(0, end);
        return !OPERATIONAL.contains(name.substring(name.lastIndexOf('.') + 1));
    }

    /** Whether a statement writes to the registry; {@code null} and anything unreadable count as a write. */
    static boolean isRegistryWrite(String sql) {
        return sql == null || writesRegistry(sql);
    }
}
