package dk.samvirke.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** interfaces.md §6: every answer — page, API, error — carries the security headers, and CORS is closed. */
@IntegrationTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/produkter", "/login", "/no-such-page", "/api/v1/statistics", "/api/v1/products/nope",
        "/actuator/health", "/actuator/env", "/forum", "/soeg?q=os2"})
    void everyAnswerCarriesTheSecurityHeaders(String path) {
        var response = new Http(port).get(path, "Accept", path.startsWith("/api") ? "application/json" : "text/html");
        String csp = response.header("Content-Security-Policy");
        assertThat(csp).as(path).contains("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'")
                .contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.body()).as(path).doesNotContain("at dk.samvirke", "Exception", "stackTrace");
    }

    @Test
    void corsIsClosedByDefault() {
        var http = new Http(port);
        var simple = http.get("/api/v1/statistics", "Origin", "https://evil.example");
        assertThat(simple.header("Access-Control-Allow-Origin")).isNull();
        var preflight = http.options("/api/v1/admin/accounts", "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void sessionCookiesAreHttpOnlyAndSameSite() {
        var login = new Http(port).get("/login");
        String cookie = login.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(e -> e.getValue().stream()).filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }
}
