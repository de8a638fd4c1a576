package dk.samvirke.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The last TOTP time step each account used: a code is accepted once, and never one older than the last. */
@Component
class UsedSteps {

    private final JdbcClient jdbc;

    UsedSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the step, unless it (or a later one) was used already; one update, so two requests cannot both win. */
    boolean take(String email, long step) {
        return jdbc.sql("update account set totp_last_step = ? where email = ?"
                + " and (totp_last_step is null or totp_last_step < ?)").params(step, email, step).update() == 1;
    }

    void forget(String email) {
        jdbc.sql("update account set totp_last_step = null where email = ?").param(email).update();
    }
}
