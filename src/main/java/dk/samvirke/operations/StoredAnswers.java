package dk.samvirke.operations;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.ContentCachingResponseWrapper;

/** The idempotency keys' table: who sent which key with which request, and the answer they got. */
@Component
class StoredAnswers {

    private static final int MAX_BODY = 1024 * 1024;

    enum Kind { ANSWERED, OTHER_REQUEST, IN_PROGRESS }

    record Answer(int status, String contentType, String location, String etag, byte[] body) {
    }

    record Earlier(Kind kind, Answer answer) {
    }

    private final JdbcClient jdbc;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    StoredAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key for this request (empty: go ahead), or says what became of it earlier. The insert is the
     * claim: of two requests with one key at once, the database lets one in.
     */
    Optional<Earlier> begin(String scope, String key, String hash) {
        purgeNowAndThen();
        for (int attempt = 0; attempt < 2; attempt++) {
            var earlier = earlier(scope, key, hash);
            if (earlier.isPresent()) {
                return earlier;
            }
            try {
                jdbc.sql("insert into idempotency_key (scope, idempotency_key, request_hash, created_at) values (?, ?, ?, ?)")
                        .params(scope, key, hash, now()).update();
                return Optional.empty();
            } catch (DuplicateKeyException raced) {
                // the other request got in first (or an expired row is in the way: removed below, then tried again)
                jdbc.sql("delete from idempotency_key where scope = ? and idempotency_key = ? and created_at < ?")
                        .params(scope, key, expiry()).update();
            }
        }
        return earlier(scope, key, hash).or(() -> Optional.of(new Earlier(Kind.IN_PROGRESS, null)));
    }

    /** Keeps the answer for the next request with this key; false when it is too large to keep. */
    boolean complete(String scope, String key, ContentCachingResponseWrapper response) {
        byte[] body = response.getContentAsByteArray();
        if (body.length > MAX_BODY) {
            return false;
        }
        jdbc.sql("update idempotency_key set completed = true, status = ?, content_type = ?, location = ?, etag = ?, body = ?"
                        + " where scope = ? and idempotency_key = ?")
                .params(response.getStatus(), response.getContentType(), response.getHeader("Location"),
                        response.getHeader("ETag"), body, scope, key)
                .update();
        return true;
    }

    void forget(String scope, String key) {
        jdbc.sql("delete from idempotency_key where scope = ? and idempotency_key = ? and not completed")
                .params(scope, key).update();
    }

    private Optional<Earlier> earlier(String scope, String key, String hash) {
        return jdbc.sql("select request_hash, completed, status, content_type, location, etag, body from idempotency_key"
                        + " where scope = ? and idempotency_key = ? and created_at >= ?")
                .params(scope, key, expiry())
                .query((rs, i) -> !rs.getString("request_hash").equals(hash) ? new Earlier(Kind.OTHER_REQUEST, null)
                        : !rs.getBoolean("completed") ? new Earlier(Kind.IN_PROGRESS, null)
                        : new Earlier(Kind.ANSWERED, new Answer(rs.getInt("status"), rs.getString("content_type"),
                                rs.getString("location"), rs.getString("etag"), rs.getBytes("body"))))
                .optional();
    }

    private void purgeNowAndThen() {
        Instant now = Instant.now();
        Instant last = lastPurge.get();
        if (last.plusSeconds(60).isBefore(now) && lastPurge.compareAndSet(last, now)) {
            jdbc.sql("delete from idempotency_key where created_at < ?").param(expiry()).update();
        }
    }

    private static Timestamp expiry() {
        return Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minus(IdempotencyKeys.KEPT));
    }

    private static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    }
}
