package dk.samvirke.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The harvest API with the default fetch policy: unsafe URLs answer 422 with the reason, and nothing is queued. */
@IntegrationTest
class HarvestApiPolicyTest {

    private static final String[] ADMIN = {"Authorization", "Bearer test-admin-token"};

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;

    private Http http;

    @BeforeEach
    void registry() {
        RegistryCleaner.clean(jdbc);
        http = new Http(port);
        fixtures.product("os2test", "OS2test", null);
    }

    @Test
    void refusesUnsafeUrlsWithTheReason() {
        for (String url : new String[] {"https://127.0.0.1/repo.git", "https://0x7f000001/repo.git", "https://[::1]/repo.git",
                "file:///etc", "ssh://git@github.com/x.git", "ext::sh -c id", "-uhttps://x", "https://localhost/x"}) {
            var response = post("/api/v1/products/os2test/repositories", url);
            assertThat(response.status()).as(url).isEqualTo(422);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asString()).as(url).isNotBlank();
        }
        assertThat(jdbc.queryForObject("select count(*) from harvest_repository", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from harvest_job", Integer.class)).isZero();
    }

    @Test
    void unknownProductsAndJobsAre404AndWritesNeedAnAdministrator() {
        assertThat(post("/api/v1/products/nope/repositories", "https://github.com/OS2/x").status()).isEqualTo(404);
        assertThat(http.post("/api/v1/products/nope/harvest", "application/json", new byte[0], ADMIN).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/harvest/jobs/999999").status()).isEqualTo(404);
        var anonymous = http.post("/api/v1/products/os2test/repositories", "application/json",
                "{\"url\":\"https://github.com/OS2/x\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(anonymous.status()).isEqualTo(401);
    }

    private Http.Response post(String path, String url) {
        return http.post(path, "application/json",
                ("{\"url\":\"" + url.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}").getBytes(StandardCharsets.UTF_8),
                ADMIN);
    }
}
