package dk.samvirke.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server (GreenMail) on the port application-test.properties sends mail to. */
public final class MailServer {

    private MailServer() {
    }

    public static GreenMailExtension start() {
        return new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(true);
    }
}
