package dk.samvirke.importing;

import static dk.samvirke.importing.TestPackages.SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.SamvirkeApplication;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ImportCommandTest {

    @Autowired
    DataPackageImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private ImportCommand command;

    @BeforeEach
    void setUp() {
        RegistryCleaner.clean(jdbc);
        command = new ImportCommand(importer, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void importsAPackagePrintingProgressAndASummary() {
        assertThat(command.execute(SAMPLE)).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("read organisations.csv")
                .contains("checked: no problems")
                .containsPattern("wrote usages.csv +28 created, 0 updated, 0 unchanged")
                .contains("Imported.");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();

        assertThat(command.execute(SAMPLE)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("nothing changed");
    }

    @Test
    void printsEveryProblemOfARejectedPackageAndExitsWithOne() {
        Path broken = TestPackages.folder(temp, Map.of("usages.csv",
                "organisation;product;status;since\nherlev-kommune;os2mo;pilot;2024-13-01\nnobody;os2mo;pilot;\n"));

        assertThat(command.execute(broken)).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "usages.csv:2: since: '2024-13-01' is not a date in the calendar",
                "usages.csv:2: organisation: no organisation 'herlev-kommune' in organisations.csv or the database",
                "usages.csv:2: product: no product 'os2mo' in products.csv or the database",
                "usages.csv:3: organisation: no organisation 'nobody' in organisations.csv or the database",
                "usages.csv:3: product: no product 'os2mo' in products.csv or the database",
                "Rejected: 5 problems; nothing was written.");
        assertThat(jdbc.queryForObject("select count(*) from product_usage", Integer.class)).isZero();
    }

    @Test
    void wrongUsageExitsWithTwoWithoutStartingTheApplication() {
        assertThat(ImportCommand.run(SamvirkeApplication.class, new String[] {"import"})).isEqualTo(2);
        assertThat(ImportCommand.run(SamvirkeApplication.class, new String[] {"import", "a", "b"})).isEqualTo(2);
        assertThat(ImportCommand.run(SamvirkeApplication.class,
                new String[] {"import", temp.resolve("missing").toString()})).isEqualTo(2);
    }

    /** The real thing: its own application context, without a web server, on an embedded database of its own. */
    @Test
    void runsAsACommandAgainstTheConfiguredDatabase() throws Exception {
        String url = "jdbc:h2:file:" + temp.resolve("db/samvirke") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";

        int exit = ImportCommand.run(SamvirkeApplication.class, new String[] {"import", SAMPLE.toString(),
                "--samvirke.data-dir=" + temp, "--spring.datasource.url=" + url});

        assertThat(exit).isZero();
        try (var connection = DriverManager.getConnection(url, "sa", "");
                var result = connection.createStatement().executeQuery("select count(*) from organisation")) {
            result.next();
            assertThat(result.getInt(1)).isEqualTo(22);
        }
    }
}
