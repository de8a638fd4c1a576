package dk.samvirke.importing;

import static dk.samvirke.importing.TestPackages.SAMPLE;
import static dk.samvirke.importing.TestPackages.imported;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.statistics.StatisticsService;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ExportRoundTripTest {

    @Autowired
    DataPackageImporter importer;

    @Autowired
    DataPackageExporter exporter;

    @Autowired
    StatisticsService statistics;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void sampleInDatabase() {
        RegistryCleaner.clean(jdbc);
        imported(importer.importPackage(SAMPLE, ImportProgressListener.NONE));
    }

    @Test
    void exportHoldsEveryFileAsPlainCommaSeparatedUtf8() throws IOException {
        Map<String, String> files = unzip(export());

        // v1.1: the membership periods have a file of their own, and datapackage.json describes them all
        assertThat(files.keySet()).containsExactly("organisations.csv", "memberships.csv", "products.csv", "usages.csv",
                "people.csv", "bodies.csv", "decisions.csv", "participations.csv", "stages.csv", "fees.csv", "budgets.csv",
                "security_notices.csv", "events.csv", "registrations.csv", "datapackage.json");
        assertThat(files.get("organisations.csv")).startsWith("key,name,type,country,municipality_code,cvr,region,")
                .contains("dragoer-kommune,Dragør Kommune,municipality,DK,155,,region-hovedstaden,14494,");
        assertThat(files.get("products.csv")).contains("\"Login og to-faktor; \"\"NSIS\"\"-godkendt\nunderstøtter SAML; OIDC\"");
        assertThat(files.get("participations.csv")).contains("birgitte.larsen527@herlev.dk,os2borgerpc,working-group,,2018-07-12,");
        assertThat(files.get("people.csv")).contains("\"Rasmussen, Lars\"");
    }

    @Test
    void exportImportsIntoAnEmptyDatabaseToTheSameFigures() throws IOException {
        byte[] zip = export();
        RegistryCleaner.clean(jdbc);

        var summary = imported(importer.importPackage(new ByteArrayInputStream(zip), ImportProgressListener.NONE));

        assertThat(summary.files().values()).allSatisfy(f -> assertThat(f.updated() + f.unchanged()).isZero());
        SamplePackageImportTest.assertStatisticsAsExpected(statistics);
        assertThat(unzip(export())).isEqualTo(unzip(zip));
    }

    @Test
    void exportImportsIntoTheSameDatabaseAsAllUnchanged() {
        var summary = imported(importer.importPackage(new ByteArrayInputStream(export()), ImportProgressListener.NONE));

        assertThat(summary.changed()).isFalse();
        assertThat(summary.files()).hasSize(14)
                .containsEntry("organisations.csv", new FileSummary(0, 0, 22))
                .containsEntry("participations.csv", new FileSummary(0, 0, 19));
    }

    private byte[] export() {
        var out = new ByteArrayOutputStream();
        exporter.exportZip(out);
        return out.toByteArray();
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                assertThat(bytes[0]).as("no byte-order mark").isNotEqualTo((byte) 0xEF);
                files.put(entry.getName(), new String(bytes, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
