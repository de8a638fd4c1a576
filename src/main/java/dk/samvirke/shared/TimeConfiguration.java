package dk.samvirke.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every module asks for "now" and "today". Dates people see and figures as of "today"
 * are in the association's time zone, Europe/Copenhagen, whatever zone the machine runs in; instants
 * (timestamps in the database) are zone-free and stored as UTC.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @Bean
    Clock clock(@Value("${samvirke.time-zone:Europe/Copenhagen}") ZoneId zone) {
        return Clock.system(zone);
    }
}
