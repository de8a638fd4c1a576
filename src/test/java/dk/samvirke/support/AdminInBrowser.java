package dk.samvirke.support;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Signs an administrator in through the real forms in Chromium: password, then the second factor's
 * enrolment with a code computed here (RFC 6238, as an authenticator app does), then past the recovery
 * codes. The account must exist with {@link TestAccounts#PASSWORD} and no second factor yet.
 */
public final class AdminInBrowser {

    private AdminInBrowser() {
    }

    public static void signIn(ChromeDriver driver, String base, String email) {
        driver.get(base + "/login");
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        driver.findElement(By.cssSelector("#sign-in button[type='submit']")).click();
        var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.urlToBe(base + "/konto/totp"));
        String secret = driver.findElement(By.id("totp-secret")).getText().replace(" ", "");
        driver.findElement(By.id("code")).sendKeys(code(secret, Instant.now().getEpochSecond() / 30));
        driver.findElement(By.cssSelector("#totp-enrol button[type='submit']")).click();
        wait.until(ExpectedConditions.urlToBe(base + "/konto/totp/koder"));
        driver.findElement(By.cssSelector("#content a.button-primary")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/konto/totp")));
    }

    /** The six digits for a base32 secret at a 30-second step. */
    public static String code(String base32Secret, long step) {
        try {
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(base32(base32Secret), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toUpperCase().replace("=", "").toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
