package dk.samvirke.importing;

import static dk.samvirke.importing.TestPackages.imported;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** 5 000 organisations and 20 000 usages: the import loads once and writes in batches, not a query per row. */
@IntegrationTest
class LargePackageImportTest {

    private static final int ORGANISATIONS = 5_000;
    private static final int PRODUCTS = 4;

    @Autowired
    DataPackageImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @BeforeEach
    @AfterEach
    void clean() {
        RegistryCleaner.clean(jdbc);
    }

    @Test
    void importsALargePackageAndReimportsItAsUnchanged() {
        Path folder = TestPackages.folder(temp, largePackage());

        // How fast this is, is measured by bench/import/run.sh, not here.
        var summary = imported(importer.importPackage(folder, ImportProgressListener.NONE));
        var again = imported(importer.importPackage(folder, ImportProgressListener.NONE));

        assertThat(summary.files().get("usages.csv")).isEqualTo(new FileSummary(ORGANISATIONS * PRODUCTS, 0, 0));
        assertThat(again.files().get("usages.csv")).isEqualTo(new FileSummary(0, 0, ORGANISATIONS * PRODUCTS));
        assertThat(again.changed()).isFalse();
    }

    /** Logs when each phase ends, to see where the time goes when this test slows down. */

    private static Map<String, String> largePackage() {
        var organisations = new StringBuilder("key;name;type;country;municipality_code;email_domains;member_since\n");
        var usages = new StringBuilder("organisation;product;status;since;version\n");
        for (int i = 0; i < ORGANISATIONS; i++) {
            // Unique municipality codes need many countries: codes are unique within one.
            organisations.append("org-").append(i).append(";Organisation ").append(i).append(";municipality;SE;")
                    .append(i).append(";org").append(i).append(".se;2020-01-01\n");
            for (int p = 0; p < PRODUCTS; p++) {
                usages.append("org-").append(i).append(";product-").append(p).append(";production;2021-01-01;1.")
                        .append(p).append('\n');
            }
        }
        var products = new StringBuilder("key,name,owner,adopted_on\n");
        for (int p = 0; p < PRODUCTS; p++) {
            products.append("product-").append(p).append(",Product ").append(p).append(",org-0,2020-01-01\n");
        }
        return Map.of("organisations.csv", organisations.toString(), "products.csv", products.toString(),
                "usages.csv", usages.toString());
    }
}
