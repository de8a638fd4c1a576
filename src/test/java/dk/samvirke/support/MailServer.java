package dk.samvirke.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real SMTP server (GreenMail) on the port application-test.properties sends mail to: 3925, or
 * {@code -Dsamvirke.test.mail-port=N} so that two test runs on one machine do not share a port.
 */
public final class MailServer {

    public static final int PORT = Integer.getInteger("samvirke.test.mail-port", 3925);

    private MailServer() {
    }

    /**
     * What the server has received once the outbox has nothing left to do: mail goes out after the commit, on
     * a thread of its own, so a test reads the inbox when every publication is complete (10 s at most).
     */
    public static MimeMessage[] delivered(GreenMailExtension mail, JdbcTemplate jdbc) {
        return delivered(mail, jdbc, null);
    }

    /** As {@link #delivered(GreenMailExtension, JdbcTemplate)} for a server the test starts itself. */
    public static MimeMessage[] delivered(GreenMailExtension mail, JdbcTemplate jdbc, GreenMail server) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Integer.class) > 0
                && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return mail != null ? mail.getReceivedMessages() : server.getReceivedMessages();
    }

    public static GreenMailExtension start() {
        return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(true);
    }
}
