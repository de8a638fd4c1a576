package dk.samvirke.importing;

import static dk.samvirke.importing.TestPackages.SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class AdminImportApiTest {

    private static final String TOKEN = "Bearer test-admin-token";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void clean() {
        RegistryCleaner.clean(jdbc);
    }

    @Test
    void refusesAnonymousImportAndExport() throws Exception {
        assertThat(upload(samplePackage(), null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/admin/export", null).statusCode()).isEqualTo(401);
        assertThat(count()).isZero();
    }

    @Test
    void importsAnUploadedPackageAndSummarisesEachFile() throws Exception {
        var response = upload(samplePackage(), TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("changed").asBoolean()).isTrue();
        assertThat(body.get("files").propertyNames()).containsExactly("organisations.csv", "products.csv", "usages.csv",
                "people.csv", "participations.csv");
        assertThat(body.at("/files/organisations.csv").propertyNames()).containsExactly("created", "updated", "unchanged");
        assertThat(body.at("/files/organisations.csv/created").asInt()).isEqualTo(22);
        assertThat(body.at("/files/organisations.csv/updated").asInt()).isZero();
        assertThat(body.at("/files/organisations.csv/unchanged").asInt()).isZero();

        JsonNode again = json.readTree(upload(samplePackage(), TOKEN).body());
        assertThat(again.get("changed").asBoolean()).isFalse();
        assertThat(again.at("/files/usages.csv/unchanged").asInt()).isEqualTo(28);
    }

    @Test
    void answersARejectedPackageWithProblemDetails() throws Exception {
        byte[] zip = TestPackages.zip(Map.of("pkg/usages.csv",
                "organisation,product,status\nnobody,os2mo,sometimes\n".getBytes(StandardCharsets.UTF_8)));

        var response = upload(zip, TOKEN);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(422);
        assertThat(body.get("title").asString()).isEqualTo("The data package was rejected");
        assertThat(body.get("detail").asString()).contains("3 problems");
        assertThat(body.get("problems")).hasSize(3);
        JsonNode first = body.get("problems").get(0);
        assertThat(first.get("file").asString()).isEqualTo("usages.csv");
        assertThat(first.get("line").asInt()).isEqualTo(2);
        assertThat(first.get("column").asString()).isEqualTo("status");
        assertThat(first.get("message").asString()).contains("planned, pilot, production, discontinued");
        assertThat(count()).isZero();
    }

    @Test
    void exportsTheRegistryAsAnAttachment() throws Exception {
        upload(samplePackage(), TOKEN);

        var response = http.send(request("/api/v1/admin/export", TOKEN).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"samvirke-export-" + LocalDate.now(dk.samvirke.shared.TimeConfiguration.COPENHAGEN) + ".zip\"");
        Map<String, Integer> sizes = new LinkedHashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                sizes.put(entry.getName(), zip.readAllBytes().length);
            }
        }
        // v1.1: six files of the registry, five of governance (§9), security_notices.csv (§10), two of events (§11)
        // and datapackage.json
        assertThat(sizes).hasSize(15).allSatisfy((name, size) -> assertThat(size).isPositive());
    }

    @Test
    void documentsTheEndpointsInOpenApi() throws Exception {
        var response = get("/v3/api-docs", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = json.readTree(response.body()).get("paths");
        assertThat(paths.has("/api/v1/admin/imports")).isTrue();
        assertThat(paths.has("/api/v1/admin/export")).isTrue();
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from organisation", Integer.class);
    }

    private static byte[] samplePackage() throws IOException {
        var files = new LinkedHashMap<String, byte[]>();
        for (var file : TestPackages.SAMPLE_FILES) {
            files.put("sample-package/" + file, Files.readAllBytes(SAMPLE.resolve(file)));
        }
        return TestPackages.zip(files);
    }

    /** 97 KB that inflate to 95 MB in one line: refused while inflating, after a megabyte, as a 422 naming the file. */
    @Test
    void aZipThatInflatesToOneHugeLineIsRefusedNamingTheFile() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new java.util.zip.ZipEntry("organisations.csv"));
            zip.write("key;name;type\n".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1024 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 95; i++) {
                zip.write(chunk);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(200 * 1024);

        var response = upload(bytes.toByteArray(), TOKEN);

        assertThat(response.statusCode()).isEqualTo(422);
        var problem = json.readTree(response.body()).get("problems").get(0);
        assertThat(problem.get("file").asString()).isEqualTo("organisations.csv");
        assertThat(problem.get("line").asInt()).isEqualTo(2);
        assertThat(problem.get("message").asString()).contains("longer than 1024 KB");
        assertThat(count()).isZero();
    }

    private HttpResponse<String> upload(byte[] zip, String authorization) throws Exception {
        String boundary = "----samvirke" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"package.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(zip);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = request("/api/v1/admin/imports", authorization)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return http.send(request(path, authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String authorization) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }
}
