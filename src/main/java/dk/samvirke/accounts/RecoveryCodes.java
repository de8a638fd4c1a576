package dk.samvirke.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Codes that stand in for the authenticator app once each, for the day the phone is lost: ten, shown once
 * when the second factor is set up, stored only as hashes. Each has 50 random bits, so a hash is enough.
 */
@Component
class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    RecoveryCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the account's codes with new ones, and answers them: the only time anyone sees them. */
    List<String> renew(long accountId) {
        jdbc.sql("delete from totp_recovery_code where account_id = ?").param(accountId).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            var code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String shown = code.substring(0, 5) + "-" + code.substring(5);
            jdbc.sql("insert into totp_recovery_code (account_id, code_hash) values (?, ?)")
                    .params(accountId, Secrets.sha256(normalise(shown))).update();
            codes.add(shown);
        }
        return codes;
    }

    /** Whether the text has the shape of a recovery code (rather than six digits). */
    static boolean looksLike(String text) {
        return text != null && normalise(text).length() == 10 && !normalise(text).matches("\\d+");
    }

    /** Uses the code up, if it is one of the account's unused ones: one update, so it works once even in a race. */
    boolean use(long accountId, String code) {
        return jdbc.sql("update totp_recovery_code set used_at = ? where account_id = ? and code_hash = ? and used_at is null")
                .params(Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)), accountId, Secrets.sha256(normalise(code)))
                .update() == 1;
    }

    int unused(long accountId) {
        return jdbc.sql("select count(*) from totp_recovery_code where account_id = ? and used_at is null")
                .param(accountId).query(Integer.class).single();
    }

    void removeAll(long accountId) {
        jdbc.sql("delete from totp_recovery_code where account_id = ?").param(accountId).update();
    }

    private static String normalise(String code) {
        return code.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
    }
}
