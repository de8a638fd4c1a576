package dk.samvirke.accounts;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Refuses short, very common and breached passwords. zxcvbn's dictionaries hold the passwords most
 * used in public breaches, so "Password123!" scores low even though it has every character class;
 * the check runs offline, so no password ever leaves the server.
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;
    private static final int MIN_SCORE = 3;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** Empty when the password is acceptable; otherwise the reason, in English (the pages translate it). */
    public Optional<String> problem(String password, String... personalWords) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("The password must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("The password must have at most " + MAX_LENGTH + " characters");
        }
        var strength = zxcvbn.measure(password, List.of(personalWords));
        if (strength.getScore() < MIN_SCORE) {
            return Optional.of("The password is too common or too easy to guess; use a longer phrase of unrelated words");
        }
        return Optional.empty();
    }
}
