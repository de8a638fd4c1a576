package dk.samvirke.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.importing.DataPackageImporter;
import dk.samvirke.importing.ImportOutcome;
import dk.samvirke.importing.ImportProgressListener;
import dk.samvirke.statistics.Statistics;
import dk.samvirke.statistics.StatisticsService;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.SharedFolder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The open data (interfaces.md §12): public, nothing personal, described, and importable to the same figures. */
@IntegrationTest
class OpenDataTest {

    private static final List<LocalDate> DATES = List.of(LocalDate.of(2016, 1, 1), LocalDate.of(2019, 6, 30),
            LocalDate.of(2023, 12, 31), LocalDate.of(2025, 6, 30));

    @LocalServerPort
    int port;

    @Autowired
    DataPackageImporter importer;

    @Autowired
    StatisticsService statistics;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void sampleInDatabase() {
        RegistryCleaner.clean(jdbc);
        var outcome = importer.importPackage(SharedFolder.resolve("data", "sample-package"), ImportProgressListener.NONE);
        assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
    }

    @Test
    void anyoneGetsTheRegistryWithoutAnythingPersonal() throws IOException {
        var answer = new Http(port).get("/api/v1/open-data.zip");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).isEqualTo("application/zip");
        Map<String, String> files = unzip(answer.bytes());
        assertThat(files.keySet()).containsExactly("organisations.csv", "memberships.csv", "products.csv", "usages.csv",
                "bodies.csv", "decisions.csv", "stages.csv", "fees.csv", "budgets.csv", "security_notices.csv", "events.csv",
                "datapackage.json");
        assertThat(files.get("usages.csv")).startsWith("organisation,product,status,since,until\r\n");

        List<String> personal = jdbc.queryForList("select email from person union select name from person"
                + " union select contact_email from product_usage where contact_email is not null"
                + " union select product_version from product_usage where product_version is not null", String.class);
        assertThat(personal).isNotEmpty();
        String everything = String.join("\n", files.values());
        // A version is personal only beside its organisation: usages.csv has no version column at all.
        assertThat(personal).filteredOn(value -> value.contains("@") || value.contains(" "))
                .allSatisfy(value -> assertThat(everything).doesNotContain(value));
        assertThat(everything).doesNotContain("@");
    }

    @Test
    void theDescriptorNamesEveryFileWithItsFieldsAndOnlyReferencesWithinTheOpenData() throws IOException {
        JsonNode descriptor = JsonMapper.builder().build().readTree(
                unzip(new Http(port).get("/api/v1/open-data.zip").bytes()).get("datapackage.json"));

        assertThat(descriptor.get("name").asString()).isEqualTo("samvirke-open-data");
        List<String> resources = descriptor.get("resources").valueStream().map(r -> r.get("path").asString()).toList();
        assertThat(resources).containsExactly("organisations.csv", "memberships.csv", "products.csv", "usages.csv",
                "bodies.csv", "decisions.csv", "stages.csv", "fees.csv", "budgets.csv", "security_notices.csv", "events.csv");
        for (JsonNode resource : descriptor.get("resources")) {
            var schema = resource.get("schema");
            assertThat(schema.get("fields").valueStream().map(f -> f.get("name").asString()))
                    .doesNotContain("contact_email", "version", "email");
            if (schema.has("foreignKeys")) {
                assertThat(schema.get("foreignKeys").valueStream()
                        .map(k -> k.get("reference").get("resource").asString() + ".csv"))
                        .allSatisfy(target -> assertThat(resources).contains(target));
            }
        }
    }

    @Test
    void importedIntoAnEmptyInstanceItGivesTheFiguresExceptThoseThatCountPeople() throws IOException {
        Map<LocalDate, Statistics> before = new LinkedHashMap<>();
        DATES.forEach(date -> before.put(date, statistics.asOf(date)));
        byte[] openData = new Http(port).get("/api/v1/open-data.zip").bytes();
        RegistryCleaner.clean(jdbc);

        var outcome = importer.importPackage(new ByteArrayInputStream(openData), ImportProgressListener.NONE);

        assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
        assertThat(before.values()).anySatisfy(s -> assertThat(s.participants()).isPositive());
        for (LocalDate date : DATES) {
            var expected = before.get(date);
            var actual = statistics.asOf(date);
            assertThat(actual).as("figures as of %s", date).usingRecursiveComparison()
                    .ignoringFields("participants", "participatingMunicipalities", "fullTime", "partTime")
                    .isEqualTo(expected);
            assertThat(actual.participants()).isZero();
        }
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
