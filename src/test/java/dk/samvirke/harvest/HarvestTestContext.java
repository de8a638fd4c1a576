package dk.samvirke.harvest;

import dk.samvirke.support.IntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.TestPropertySource;

/**
 * The one application context of the harvest tests: local repositories allowed and a scheduler that
 * runs jobs at once. Every harvest test shares it, because a second context with its own quick
 * scheduler on the same database would take the other's jobs (and their events would go to the
 * wrong context).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = {
        "samvirke.harvest.allow-local=true",
        "db-scheduler.polling-interval=100ms",
        "db-scheduler.immediate-execution-enabled=true"})
@Import(HarvestTestContext.Events.class)
@interface HarvestTestContext {

    /** Captures the publiccode.yml files harvests hand over. */
    @TestConfiguration
    class Events {

        @Bean
        PubliccodeEvents publiccodeEvents() {
            return new PubliccodeEvents();
        }
    }

    class PubliccodeEvents {

        final List<PubliccodeFound> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(PubliccodeFound event) {
            events.add(event);
        }
    }
}
