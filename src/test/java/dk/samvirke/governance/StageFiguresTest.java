package dk.samvirke.governance;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.importing.DataPackageImporter;
import dk.samvirke.importing.ImportOutcome;
import dk.samvirke.importing.ImportProgressListener;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code productsByStage} (interfaces.md §3.1) on any date, in the statistics answer and its series. */
@IntegrationTest
class StageFiguresTest {

    static final Map<String, String> PACKAGE = Map.of(
            "products.csv", """
                    key,name,adopted_on,retired_on
                    a,A,2018-01-01,
                    b,B,2019-01-01,
                    c,C,2018-01-01,2024-01-01
                    d,D,2025-01-01,
                    """,
            "stages.csv", """
                    product,stage,since
                    a,sandbox,2018-01-01
                    a,n1,2020-01-01
                    a,n3,2023-06-01
                    b,sandbox,2019-06-01
                    b,n2,2022-01-01
                    b,retiring,2026-01-01
                    c,n1,2018-01-01
                    d,sandbox,2024-01-01
                    """);

    @Autowired
    DataPackageImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;
    @TempDir
    Path temp;

    @BeforeEach
    void setUp() throws IOException {
        RegistryCleaner.clean(jdbc);
        for (var f : PACKAGE.entrySet()) {
            Files.writeString(temp.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        assertThat(importer.importPackage(temp, ImportProgressListener.NONE)).isInstanceOf(ImportOutcome.Imported.class);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "2017-12-31|{\"sandbox\":0,\"n1\":0,\"n2\":0,\"n3\":0,\"retiring\":0,\"none\":0}",
        "2018-01-01|{\"sandbox\":1,\"n1\":1,\"n2\":0,\"n3\":0,\"retiring\":0,\"none\":0}",
        "2019-01-01|{\"sandbox\":1,\"n1\":1,\"n2\":0,\"n3\":0,\"retiring\":0,\"none\":1}",
        "2019-06-01|{\"sandbox\":2,\"n1\":1,\"n2\":0,\"n3\":0,\"retiring\":0,\"none\":0}",
        "2020-01-01|{\"sandbox\":1,\"n1\":2,\"n2\":0,\"n3\":0,\"retiring\":0,\"none\":0}",
        "2022-01-01|{\"sandbox\":0,\"n1\":2,\"n2\":1,\"n3\":0,\"retiring\":0,\"none\":0}",
        "2023-06-01|{\"sandbox\":0,\"n1\":1,\"n2\":1,\"n3\":1,\"retiring\":0,\"none\":0}",
        "2024-01-01|{\"sandbox\":0,\"n1\":0,\"n2\":1,\"n3\":1,\"retiring\":0,\"none\":0}",
        "2025-01-01|{\"sandbox\":1,\"n1\":0,\"n2\":1,\"n3\":1,\"retiring\":0,\"none\":0}",
        "2026-01-01|{\"sandbox\":1,\"n1\":0,\"n2\":0,\"n3\":1,\"retiring\":1,\"none\":0}"})
    void managedProductsPerStageOnTheDate(String date, String expected) {
        var answer = new Http(port).get("/api/v1/statistics?asOf=" + date).json();
        assertThat(answer.get("productsByStage").toString()).isEqualTo(expected);
    }

    @Test
    void theSeriesCarriesItInEveryStep() {
        var series = new Http(port).get("/api/v1/statistics/series?from=2019-01-01&to=2021-01-01&step=year").json();
        assertThat(series.toString()).contains("\"productsByStage\":{\"sandbox\":1,\"n1\":1,\"n2\":0,\"n3\":0,"
                + "\"retiring\":0,\"none\":1}");
    }
}
