package dk.samvirke;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ApplicationStartsTest {

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void migrationsRanAndTheSchemaValidates() {
        assertThat(jdbc.queryForObject("select count(*) from organisation", Integer.class)).isNotNull();
        assertThat(port).isPositive();
    }
}
