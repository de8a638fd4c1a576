package dk.samvirke.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The outbox table: one row per mail, from queued to sent. */
@Component
class OutgoingMails {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };
    private static final String STATUS = "select reference, created_at, sent_at, attempts, last_error from outgoing_mail";

    /** A mail to send: what the listener reads. */
    record Pending(UUID id, OutgoingMail mail) {
    }

    private final JdbcClient jdbc;

    OutgoingMails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, OutgoingMail mail) {
        jdbc.sql("insert into outgoing_mail (id, reference, recipient, subject, body, headers, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, mail.reference(), mail.to(), mail.subject(), mail.text(),
                        mail.headers().isEmpty() ? null : JSON.writeValueAsString(mail.headers()), now())
                .update();
    }

    /**
     * Claims an unsent mail for sending: one update, so of two nodes working on the same publication only one
     * sends. A claim older than {@code stale} is a node that died while sending, and may be taken over.
     */
    Optional<Pending> claim(UUID id, Duration stale) {
        int claimed = jdbc.sql("update outgoing_mail set claimed_at = ?, attempts = attempts + 1 where id = ?"
                        + " and sent_at is null and (claimed_at is null or claimed_at < ?)")
                .params(now(), id, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minus(stale))).update();
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.sql("select reference, recipient, subject, body, headers from outgoing_mail where id = ?").param(id)
                .query((rs, i) -> new Pending(id, new OutgoingMail(rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("body"), headers(rs.getString("headers")), rs.getString("reference"))))
                .optional();
    }

    /** The server took it: recorded at once, and the body (which may hold a sign-in link) erased. */
    void sent(UUID id) {
        jdbc.sql("update outgoing_mail set sent_at = ?, claimed_at = null, body = null, last_error = null where id = ?")
                .params(now(), id).update();
    }

    void failed(UUID id, String error) {
        String shortened = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        jdbc.sql("update outgoing_mail set claimed_at = null, last_error = ? where id = ?").params(shortened, id).update();
    }

    boolean isSent(UUID id) {
        return jdbc.sql("select count(*) from outgoing_mail where id = ? and sent_at is not null").param(id)
                .query(Integer.class).single() > 0;
    }

    Optional<MailStatus> status(UUID id) {
        return jdbc.sql(STATUS + " where id = ?").param(id).query(OutgoingMails::status).optional();
    }

    /** The newest mail of each reference. */
    Map<String, MailStatus> latest(Collection<String> references) {
        Map<String, MailStatus> latest = new HashMap<>();
        if (references.isEmpty()) {
            return latest;
        }
        jdbc.sql(STATUS + " where reference in (:references) order by created_at").param("references", references)
                .query((rs, i) -> Map.entry(rs.getString("reference"), status(rs, i))).list()
                .forEach(e -> latest.put(e.getKey(), e.getValue()));
        return latest;
    }

    int forgetSentBefore(Duration age) {
        return jdbc.sql("delete from outgoing_mail where sent_at < ?")
                .param(Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minus(age))).update();
    }

    List<UUID> unsent() {
        return jdbc.sql("select id from outgoing_mail where sent_at is null order by created_at").query(UUID.class).list();
    }

    private static MailStatus status(ResultSet rs, int row) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new MailStatus(sent == null ? MailStatus.State.QUEUED : MailStatus.State.SENT,
                rs.getTimestamp("created_at").toLocalDateTime(), sent == null ? null : sent.toLocalDateTime(),
                rs.getInt("attempts"), rs.getString("last_error"));
    }

    private static Map<String, String> headers(String json) {
        return json == null ? Map.of() : JSON.readValue(json, HEADERS);
    }

    private static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    }
}
