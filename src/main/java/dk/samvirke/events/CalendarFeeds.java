package dk.samvirke.events;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret addresses of people's own calendar feeds ({@code /kalender/{token}.ics}): one per person,
 * replaced on request (the old address stops working at once).
 */
@Service
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    CalendarFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's token, made the first time it is asked for. */
    @Transactional
    public String tokenFor(String email) {
        String address = email.toLowerCase(java.util.Locale.ROOT);
        return jdbc.sql("select token from event_calendar_feed where email = :email").param("email", address)
                .query(String.class).optional().orElseGet(() -> {
                    String token = newToken();
                    jdbc.sql("insert into event_calendar_feed (email, token, created_at) values (:email, :token, :now)")
                            .param("email", address).param("token", token).param("now", now()).update();
                    return token;
                });
    }

    /** A new token for the person; the old address no longer answers. */
    @Transactional
    public String regenerate(String email) {
        String address = email.toLowerCase(java.util.Locale.ROOT);
        jdbc.sql("delete from event_calendar_feed where email = :email").param("email", address).update();
        return tokenFor(address);
    }

    /** Whose feed a token opens. */
    @Transactional(readOnly = true)
    public Optional<String> emailOf(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
            return Optional.empty();
        }
        return jdbc.sql("select email from event_calendar_feed where token = :token").param("token", token)
                .query(String.class).optional();
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
