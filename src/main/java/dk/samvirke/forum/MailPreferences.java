package dk.samvirke.forum;

import dk.samvirke.shared.CodedEnum;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each address's choice of forum e-mail; an address that never chose gets each notification at once. */
@Repository
class MailPreferences {

    private final JdbcClient jdbc;

    MailPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Delivery of(String email) {
        return jdbc.sql("select delivery from forum_mail_preference where email = ?").param(normalise(email))
                .query(String.class).optional()
                .flatMap(code -> CodedEnum.fromCode(Delivery.class, code))
                .orElse(Delivery.IMMEDIATELY);
    }

    void set(String email, Delivery delivery) {
        String address = normalise(email);
        int updated = jdbc.sql("update forum_mail_preference set delivery = ?, updated_at = ? where email = ?")
                .params(delivery.code(), PostExtras.now(), address).update();
        if (updated == 0) {
            jdbc.sql("insert into forum_mail_preference (email, delivery, updated_at) values (?, ?, ?)")
                    .params(address, delivery.code(), PostExtras.now()).update();
        }
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
