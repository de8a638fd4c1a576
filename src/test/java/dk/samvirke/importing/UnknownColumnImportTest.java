package dk.samvirke.importing;

import static dk.samvirke.importing.TestPackages.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An unknown column is one problem among the others, never a reason to hide them or to invent more. */
@IntegrationTest
class UnknownColumnImportTest {

    @Autowired
    DataPackageImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @BeforeEach
    void empty() {
        RegistryCleaner.clean(jdbc);
    }

    @Test
    void anUnknownColumnStillLetsTheRecordsAndTheReferencesToThemBeChecked() {
        Path broken = TestPackages.folder(temp, Map.of(
                "organisations.csv", """
                        key,name,type,municipality_code,colour
                        ny-kommune,Ny Kommune,municipality,999,blue
                        anden-kommune,Anden Kommune,municipality,12345,red
                        """,
                "products.csv", """
                        key,name
                        os2ny,OS2ny
                        """,
                "usages.csv", """
                        organisation,product,status
                        ny-kommune,os2ny,production
                        anden-kommune,os2ny,sometimes
                        """));

        var problems = rejected(importer.importPackage(broken, ImportProgressListener.NONE));

        assertThat(problems).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column)
                .containsExactly(
                        tuple("organisations.csv", 1, "colour"),
                        tuple("organisations.csv", 3, "municipality_code"),
                        tuple("usages.csv", 3, "status"));
        assertThat(problems.get(0).message()).contains("unknown column");
        assertThat(jdbc.queryForObject("select count(*) from organisation", Integer.class)).isZero();
    }

    @Test
    void aFileWithoutARequiredColumnCausesNoFalseMissingReferences() {
        Path broken = TestPackages.folder(temp, Map.of(
                "organisations.csv", """
                        key,type,municipality_code
                        ny-kommune,municipality,999
                        """,
                "products.csv", """
                        key,name
                        os2ny,OS2ny
                        """,
                "usages.csv", """
                        organisation,product,status
                        ny-kommune,os2ny,production
                        ny-kommune,os2ikke,production
                        """));

        var problems = rejected(importer.importPackage(broken, ImportProgressListener.NONE));

        assertThat(problems).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column)
                .containsExactly(
                        tuple("organisations.csv", 1, "name"),
                        tuple("usages.csv", 3, "product"));
        assertThat(problems.get(1).message()).contains("os2ikke");
    }
}
