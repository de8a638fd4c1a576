package dk.samvirke.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import sun.misc.Signal;

/**
 * SIGTERM closes the application before anything else: the web server stops taking requests, the requests in
 * flight finish (graceful shutdown, {@code spring.lifecycle.timeout-per-shutdown-phase}), the connection pool
 * closes the database, and only then does the JVM exit and run its shutdown hooks. Left to the JVM, SIGTERM
 * runs all hooks at once, and H2's own hook closes the embedded database under the requests still running
 * (H2 refuses {@code DB_CLOSE_ON_EXIT=FALSE} beside {@code AUTO_SERVER}, which the commands need).
 */
@Component
class GracefulTermination implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(GracefulTermination.class);

    private final boolean enabled;

    GracefulTermination(@Value("${samvirke.graceful-termination:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        var context = event.getApplicationContext();
        if (!enabled || !(context instanceof WebServerApplicationContext)) {
            return;
        }
        try {
            Signal.handle(new Signal("TERM"), signal -> new Thread(() -> {
                log.info("SIGTERM: finishing the requests in flight, then closing the database");
                context.close();
                System.exit(0);
            }, "graceful-termination").start());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            log.warn("SIGTERM cannot be handled on this platform ({}); the JVM's own shutdown applies", e.getMessage());
        }
    }
}
