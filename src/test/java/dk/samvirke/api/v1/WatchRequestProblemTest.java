package dk.samvirke.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A body the watch API cannot use names the field that is wrong, never "Failed to read request". */
@IntegrationTest
class WatchRequestProblemTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestAccounts accounts;

    Http http;
    String bearer;

    @BeforeEach
    void setUp() {
        RegistryCleaner.clean(jdbc);
        http = new Http(port);
        bearer = accounts.bearer("watcher@example.org", null, TestAccounts.member());
    }

    private Http.Response put(String body) {
        return http.put("/api/v1/forum/categories/general/watch", "application/json", body.getBytes(StandardCharsets.UTF_8),
                "Authorization", bearer);
    }

    @Test
    void aValueOfTheWrongKindNamesTheField() {
        var wrong = put("{\"watching\": \"maybe\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("'watching'", "true or false", "\"field\":\"watching\"")
                .doesNotContain("Failed to read request");
    }

    @Test
    void aMissingFieldIsNamedToo() {
        var missing = put("{}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("\"field\":\"watching\"");
        var none = put("");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("JSON body").doesNotContain("Failed to read request");
        assertThat(put("{\"watching\": true}").status()).isEqualTo(204);
    }
}
