package dk.samvirke.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The attempts this module limits (failed sign-ins, wrong codes, reset requests), one row each in the
 * database: the limits hold across application nodes and restarts, as the forum's posting limits do.
 */
@Component
class SecurityEvents {

    enum Kind {
        SIGN_IN("sign-in"), TOTP("totp"), RESET("reset");

        final String code;

        Kind(String code) {
            this.code = code;
        }
    }

    private static final Duration KEPT = Duration.ofDays(1);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    SecurityEvents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    void record(Kind kind, String subject, String source) {
        Instant now = now();
        jdbc.sql("insert into security_event (kind, subject, source, occurred_at) values (?, ?, ?, ?)")
                .params(kind.code, subject == null ? "" : subject, source, at(now)).update();
        Instant last = lastPurge.get();
        if (last.plus(PURGE_EVERY).isBefore(now) && lastPurge.compareAndSet(last, now)) {
            jdbc.sql("delete from security_event where occurred_at < ?").param(at(now.minus(KEPT))).update();
        }
    }

    /**
     * When the {@code limit}-th most recent event within {@code window} happened, if there are that many:
     * the attempts are held back until it leaves the window. Subject and source narrow; null means any.
     */
    Optional<Instant> limitReachedAt(Kind kind, String subject, String source, Duration window, int limit) {
        var where = where(kind, subject, source, window, false);
        return jdbc.sql("select occurred_at from security_event" + where.sql + " order by occurred_at desc"
                        + " offset " + (limit - 1) + " rows fetch first 1 rows only")
                .params(where.args).query(Timestamp.class).optional()
                .map(t -> t.toLocalDateTime().toInstant(ZoneOffset.UTC));
    }

    /** Whether there is an event not cleared since within {@code window}. */
    boolean anyUncleared(Kind kind, String subject, String source, Duration window) {
        var where = where(kind, subject, source, window, true);
        return !jdbc.sql("select 1 from security_event" + where.sql + " fetch first 1 rows only")
                .params(where.args).query(Integer.class).list().isEmpty();
    }

    void clear(Kind kind, String subject, String source) {
        jdbc.sql("update security_event set cleared = true where kind = ? and subject = ? and source = ? and not cleared")
                .params(kind.code, subject, source).update();
    }

    /** Forgets the subject's events of this kind: a success or an administrator's reset starts afresh. */
    void forget(Kind kind, String subject) {
        jdbc.sql("delete from security_event where kind = ? and subject = ?").params(kind.code, subject).update();
    }

    /** Seconds until {@code reachedAt} leaves the window: what Retry-After says. */
    long secondsUntilFree(Instant reachedAt, Duration window) {
        return Math.max(1, Duration.between(now(), reachedAt.plus(window)).toSeconds() + 1);
    }

    private record Where(String sql, Object[] args) {
    }

    private Where where(Kind kind, String subject, String source, Duration window, boolean unclearedOnly) {
        var sql = new StringBuilder(" where kind = ? and occurred_at > ?");
        var args = new java.util.ArrayList<Object>(java.util.List.of(kind.code, at(now().minus(window))));
        if (subject != null) {
            sql.append(" and subject = ?");
            args.add(subject);
        }
        if (source != null) {
            sql.append(" and source = ?");
            args.add(source);
        }
        if (unclearedOnly) {
            sql.append(" and not cleared");
        }
        return new Where(sql.toString(), args.toArray());
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
