package dk.samvirke.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The limits of §13 and the answers to malformed requests, over real HTTP. */
@IntegrationTest
class LimitsAndFailuresTest {

    static final String ADMIN = "Bearer test-admin-token";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;

    Http http;

    @BeforeEach
    void setUp() {
        RegistryCleaner.clean(jdbc);
        fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        http = new Http(port);
    }

    @Test
    void aJsonBodyOverOneMebibyteIs413BeforeItIsRead() {
        byte[] body = person("x".repeat(2 * 1024 * 1024));
        var response = http.post("/api/v1/organisations/aarhus/people", "application/json", body, "Authorization", ADMIN);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("at most 1048576 bytes");
        assertThat(count()).isZero();
    }

    @Test
    void anUploadOverTheMultipartLimitIs413WithProblemDetails() {
        // 51 MB against spring.servlet.multipart's 50 MB: refused before any handler reads it, in the API's own words.
        String boundary = "limit-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 51 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        var response = http.post("/api/v1/admin/imports", "multipart/form-data; boundary=" + boundary, body,
                "Authorization", ADMIN);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("at most " + 50 * 1024 * 1024 + " bytes");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("org.springframework");
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimitToo() throws Exception {
        byte[] body = person("x".repeat(3 * 1024 * 1024));
        // From a stream of unknown length, the client sends it chunked: no Content-Length to check first.
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/organisations/aarhus/people"))
                .header("Content-Type", "application/json").header("Authorization", ADMIN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Length")).isNotEqualTo(String.valueOf(body.length));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Request body too large");
        assertThat(count()).isZero();
    }

    @Test
    void aNulCharacterInJsonIs400OnEveryDatabase() {
        var response = http.post("/api/v1/organisations/aarhus/people", "application/json",
                "{\"email\": \"nul@aarhus.dk\", \"name\": \"A\\u0000B\"}".getBytes(StandardCharsets.UTF_8),
                "Authorization", ADMIN);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("NUL character").contains("line 1");
        assertThat(count()).isZero();
    }

    @Test
    void brokenJsonIs400WithoutTheServersClassNames() {
        var response = http.post("/api/v1/organisations/aarhus/people", "application/json",
                "{\"email\": [1, 2}".getBytes(StandardCharsets.UTF_8), "Authorization", ADMIN);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("dk.samvirke", "PersonChange", "Exception");
    }

    @Test
    void spring405AndNotFoundStayWhatTheyAre() {
        assertThat(http.post("/api/v1/statistics", "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                "Authorization", ADMIN).status()).isEqualTo(405);
        assertThat(http.get("/api/v1/no-such-thing").status()).isEqualTo(404);
    }

    /** Requests Tomcat refuses itself, before Spring: still with the security headers, and no server details. */
    @Test
    void tomcatsOwn400CarriesTheSecurityHeaders() throws IOException {
        String answer = raw("GET /produkter?q=%zz|{} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400");
        String headers = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
        assertThat(headers).contains("content-security-policy: default-src 'self'", "x-content-type-options: nosniff",
                "referrer-policy: strict-origin-when-cross-origin", "x-frame-options: deny");
        assertThat(answer).doesNotContain("Apache Tomcat", "Exception", "org.apache");
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] person(String name) {
        return ("{\"email\": \"big@aarhus.dk\", \"name\": \"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from person", Integer.class);
    }
}
