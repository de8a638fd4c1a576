package dk.samvirke.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one database hold the same line (§13): each node here is an application context
 * of its own with its own throttle, sharing only the database; what one node counted, the other refuses.
 */
@IntegrationTest
class SharedThrottleTest {

    static final String ATTACKER = "198.51.100.7";
    static final String OWNER = "203.0.113.5";
    static final String ACCOUNT = "anne@aarhus.dk";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void whatOneNodeCountedTheOtherRefuses() {
        RegistryCleaner.clean(jdbc);
        try (var first = node(); var second = node()) {
            var one = first.getBean(SignInThrottle.class);
            var other = second.getBean(SignInThrottle.class);
            assertThat(one).isNotSameAs(other);
            for (int i = 0; i < SignInThrottle.LIMIT; i++) {
                assertThat(other.retryAfterSeconds(ATTACKER, ACCOUNT)).isZero();
                one.failed(ATTACKER, ACCOUNT);
            }
            assertThat(other.retryAfterSeconds(ATTACKER, null)).as("the address, on the other node")
                    .isPositive().isLessThanOrEqualTo(SignInThrottle.WINDOW.toSeconds() + 1);
            assertThat(other.retryAfterSeconds(OWNER, ACCOUNT)).as("the owner, from elsewhere").isZero();

            // From another address the account's failures count once that address has failed against it too.
            for (int i = 0; i < SignInThrottle.LIMIT; i++) {
                one.failed("192.0.2." + i, ACCOUNT);
            }
            assertThat(other.retryAfterSeconds("192.0.2.1", ACCOUNT)).isPositive();
            other.succeeded("192.0.2.1", ACCOUNT);
            assertThat(one.retryAfterSeconds("192.0.2.1", ACCOUNT)).as("a right password lifts the account's block there")
                    .isZero();
        }
    }

    private AnnotationConfigApplicationContext node() {
        var node = new AnnotationConfigApplicationContext();
        node.registerBean(JdbcClient.class, () -> JdbcClient.create(dataSource));
        node.registerBean(Clock.class, Clock::systemUTC);
        node.register(SecurityEvents.class, SignInThrottle.class);
        node.refresh();
        return node;
    }
}
