package dk.samvirke.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on the port application-test.properties sends mail to: 3925, or
 * {@code -Dsamvirke.test.mail-port=N} so that two test runs on one machine do not share a port.
 */
public final class MailServer {

    public static final int PORT = Integer.getInteger("samvirke.test.mail-port", 3925);

    private MailServer() {
    }

    public static GreenMailExtension start() {
        return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(true);
    }
}
