package dk.samvirke.importing;

import static dk.samvirke.importing.TestPackages.SAMPLE;
import static dk.samvirke.importing.TestPackages.imported;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.statistics.Statistics;
import dk.samvirke.statistics.StatisticsService;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class SamplePackageImportTest {

    @Autowired
    DataPackageImporter importer;

    @Autowired
    StatisticsService statistics;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @BeforeEach
    void clean() {
        RegistryCleaner.clean(jdbc);
    }

    @Test
    void importsTheSamplePackageToTheExpectedFiguresOnEveryDate() throws IOException {
        var summary = imported(importer.importPackage(SAMPLE, ImportProgressListener.NONE));

        assertThat(summary.files()).containsExactly(
                Map.entry("organisations.csv", new FileSummary(22, 0, 0)),
                Map.entry("products.csv", new FileSummary(8, 0, 0)),
                Map.entry("usages.csv", new FileSummary(28, 0, 0)),
                Map.entry("people.csv", new FileSummary(11, 0, 0)),
                Map.entry("participations.csv", new FileSummary(19, 0, 0)));
        assertThat(summary.changed()).isTrue();
        assertStatisticsAsExpected(statistics);
        assertThat(jdbc.queryForObject("select summary from product where product_key = 'os2faktor'", String.class))
                .isEqualTo("Login og to-faktor; \"NSIS\"-godkendt\nunderstøtter SAML; OIDC");
    }

    @Test
    void reimportingChangesNothingAndAnEditIsAnUpdate() throws IOException {
        imported(importer.importPackage(SAMPLE, ImportProgressListener.NONE));
        var updatedAt = jdbc.queryForList("select updated_at from organisation order by id");

        var again = imported(importer.importPackage(SAMPLE, ImportProgressListener.NONE));
        assertThat(again.changed()).isFalse();
        assertThat(again.files().values()).allSatisfy(f -> assertThat(f.created() + f.updated()).isZero());
        assertThat(again.files().get("usages.csv").unchanged()).isEqualTo(28);
        assertThat(jdbc.queryForList("select updated_at from organisation order by id")).isEqualTo(updatedAt);

        Path edited = Files.createDirectory(temp.resolve("edited"));
        Files.writeString(edited.resolve("organisations.csv"), Files.readString(SAMPLE.resolve("organisations.csv"))
                .replace("Dragør Kommune;municipality;155;;region-hovedstaden;14494",
                        "Dragør Kommune;municipality;155;;region-hovedstaden;14500"));
        Files.writeString(edited.resolve("participations.csv"), "person,product,role,allocation\n"
                + "ole.skov901@herlev.dk,os2mo,developer,\"0,50\"\n"
                + "ole.skov901@herlev.dk,os2mo,tester,0.25\n");

        var edit = imported(importer.importPackage(edited, ImportProgressListener.NONE));
        assertThat(edit.files()).containsExactly(
                Map.entry("organisations.csv", new FileSummary(0, 1, 21)),
                Map.entry("participations.csv", new FileSummary(1, 1, 0)));
        assertThat(jdbc.queryForObject("select population from organisation where org_key = 'dragoer-kommune'",
                Integer.class)).isEqualTo(14500);
        // since/until were absent from the file, so they are now empty: a missing column means empty.
        assertThat(jdbc.queryForObject("select count(*) from participation where since is null", Integer.class))
                .isEqualTo(3);
    }

    /** Every date and every field of expected-statistics.json, exactly. */
    static void assertStatisticsAsExpected(StatisticsService statistics) throws IOException {
        JsonNode expected = JsonMapper.builder().build().readTree(Files.readString(SAMPLE.resolve("expected-statistics.json")));
        assertThat(expected.propertyNames()).isNotEmpty();
        for (String date : expected.propertyNames()) {
            Statistics actual = statistics.asOf(LocalDate.parse(date));
            assertThat(fields(actual)).as("statistics as of %s", date).isEqualTo(fields(expected.get(date)));
        }
    }

    private static Map<String, String> fields(JsonNode node) {
        Map<String, String> fields = new TreeMap<>();
        node.properties().forEach(e -> fields.put(e.getKey(),
                e.getValue().isNumber() ? e.getValue().decimalValue().stripTrailingZeros().toPlainString() : e.getValue().asString()));
        return fields;
    }

    private static Map<String, String> fields(Statistics statistics) {
        Map<String, String> fields = new TreeMap<>();
        // the §3 figures; the modules' own §3.1 figures (FigureSource, "more") are not in expected-statistics.json
        Arrays.stream(Statistics.class.getRecordComponents()).filter(c -> !c.getName().equals("more")).forEach(c -> {
            try {
                Object value = c.getAccessor().invoke(statistics);
                fields.put(c.getName(), value instanceof Number n
                        ? new BigDecimal(n.toString()).stripTrailingZeros().toPlainString() : String.valueOf(value));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
        return fields;
    }
}
