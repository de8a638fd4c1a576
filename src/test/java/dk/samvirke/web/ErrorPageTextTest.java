package dk.samvirke.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each error page says what happened: a refusal is not a misunderstood request. */
@IntegrationTest
class ErrorPageTextTest {

    @LocalServerPort
    int port;

    @Test
    void aRefusedFormSaysNoAccessInEitherLanguage() {
        var http = new Http(port);
        var forged = http.post("/login", "application/x-www-form-urlencoded", "username=a%40b.dk&password=x".getBytes(),
                "Accept", "text/html");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("Ingen adgang", "Fejlkode 403").doesNotContain("Forespørgslen kunne ikke forstås");
        var english = http.post("/login?lang=en", "application/x-www-form-urlencoded", "username=a%40b.dk".getBytes(),
                "Accept", "text/html", "Accept-Language", "en");
        assertThat(english.body()).contains("No access").doesNotContain("could not be understood");
    }
}
