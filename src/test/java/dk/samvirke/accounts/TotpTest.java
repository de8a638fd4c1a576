package dk.samvirke.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B's SHA-1 secret, "12345678901234567890". */
    static final String SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void matchesTheRfc6238TestVectors() {
        // The RFC's 8-digit values, last six digits.
        assertThat(Totp.code(SECRET, 59 / 30)).isEqualTo("287082");
        assertThat(Totp.code(SECRET, 1111111109L / 30)).isEqualTo("081804");
        assertThat(Totp.code(SECRET, 1234567890L / 30)).isEqualTo("005924");
        assertThat(Totp.code(SECRET, 2000000000L / 30)).isEqualTo("279037");
    }

    @Test
    void acceptsOneStepOfDriftAndNothingElse() {
        var totp = new Totp(Clock.fixed(Instant.ofEpochSecond(1234567890L), ZoneOffset.UTC));
        long step = 1234567890L / 30;
        assertThat(totp.verify(SECRET, Totp.code(SECRET, step))).isTrue();
        assertThat(totp.verify(SECRET, Totp.code(SECRET, step - 1))).isTrue();
        assertThat(totp.verify(SECRET, Totp.code(SECRET, step + 1))).isTrue();
        assertThat(totp.verify(SECRET, Totp.code(SECRET, step + 2))).isFalse();
        assertThat(totp.verify(SECRET, "12345")).isFalse();
        assertThat(totp.verify(SECRET, null)).isFalse();
    }

    @Test
    void base32RoundTrips() {
        byte[] bytes = {0, 1, 2, (byte) 250, (byte) 255, 17, 42, 99, 100, 7};
        assertThat(Totp.unbase32(Totp.base32(bytes))).isEqualTo(bytes);
        assertThat(Totp.newSecret()).hasSize(32).matches("[A-Z2-7]+");
    }
}
