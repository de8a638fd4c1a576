package dk.samvirke.importing;

import static dk.samvirke.importing.TestPackages.SAMPLE;
import static dk.samvirke.importing.TestPackages.imported;
import static dk.samvirke.importing.TestPackages.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class RejectedPackageTest {

    @Autowired
    DataPackageImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @BeforeEach
    void sampleInDatabase() {
        RegistryCleaner.clean(jdbc);
        imported(importer.importPackage(SAMPLE, ImportProgressListener.NONE));
    }

    @Test
    void reportsEveryProblemWithFileLineAndColumnAndWritesNothing() {
        Path broken = TestPackages.folder(temp, Map.of(
                "organisations.csv", """
                        key;name;type;municipality_code;cvr;region;population;website;email_domains;member_since;member_until
                        dragoer-kommune;Dragør Kommune (renamed);municipality;155;;region-hovedstaden;1;;;2018-01-01;
                        Bad_Key;Bad;municipality;999;;;;;;;
                        new-kommune;Ny;municipality;;123456789;region-x;-5;ftp://x.dk;ok.dk not_a_domain;;
                        other-kommune;"Anden
                        Kommune";municipality;101;;koebenhavn-kommune;;;;2020-02-30;
                        dragoer-kommune;Again;state;;;;;;;;
                        late-kommune;Late;municipality;998;;;;;;2020-01-01;2019-12-31
                        """,
                "products.csv", """
                        key,name,owner,adopted_on,retired_on,repository
                        new-product,New,nobody,2020-01-01,2019-01-01,https://github.com/x/y
                        ,No key,,,,
                        """,
                "usages.csv", """
                        organisation,product,status,since,until,contact_email
                        dragoer-kommune,os2mo,production,2024-01-01,,it@dragoer.dk
                        dragoer-kommune,os2mo,pilot,,,
                        ballerup-kommune,no-such-product,using,,,not-an-email
                        """,
                "people.csv", """
                        email,name,organisation,shoe_size
                        someone@dragoer.dk,Someone,dragoer-kommune,42
                        """,
                "participations.csv", """
                        person,product,role,allocation
                        BIRGITTE.LARSEN527@herlev.dk,os2mo,developer,"1,5"
                        nobody@nowhere.dk,,board,0.1234567
                        ole.skov901@herlev.dk,os2mo,chef,
                        """));
        int organisations = count("organisation");
        int usages = count("product_usage");

        var problems = rejected(importer.importPackage(broken, ImportProgressListener.NONE));

        assertThat(problems).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column)
                .containsExactlyInAnyOrder(
                        tuple("organisations.csv", 3, "key"),
                        tuple("organisations.csv", 4, "municipality_code"),
                        tuple("organisations.csv", 4, "cvr"),
                        tuple("organisations.csv", 4, "population"),
                        tuple("organisations.csv", 4, "website"),
                        tuple("organisations.csv", 4, "email_domains"),
                        tuple("organisations.csv", 4, "region"),
                        tuple("organisations.csv", 5, "member_since"),
                        tuple("organisations.csv", 5, "region"),
                        tuple("organisations.csv", 5, "municipality_code"),
                        tuple("organisations.csv", 7, "key"),
                        tuple("organisations.csv", 8, "member_until"),
                        tuple("products.csv", 2, "retired_on"),
                        tuple("products.csv", 2, "owner"),
                        tuple("products.csv", 3, "key"),
                        tuple("usages.csv", 3, "product"),
                        tuple("usages.csv", 4, "status"),
                        tuple("usages.csv", 4, "contact_email"),
                        tuple("usages.csv", 4, "product"),
                        tuple("people.csv", 1, "shoe_size"),
                        tuple("participations.csv", 2, "allocation"),
                        tuple("participations.csv", 3, "allocation"),
                        tuple("participations.csv", 3, "person"),
                        tuple("participations.csv", 4, "role"));
        assertThat(problems).extracting(ImportProblem::file).isSortedAccordingTo(
                java.util.Comparator.comparing(f -> List.of("organisations.csv", "products.csv", "usages.csv",
                        "people.csv", "participations.csv").indexOf(f)));
        assertThat(message(problems, "organisations.csv", 7, "key")).contains("line 2");
        assertThat(message(problems, "organisations.csv", 5, "municipality_code")).contains("koebenhavn-kommune");
        assertThat(message(problems, "organisations.csv", 5, "region")).contains("not a region");
        assertThat(message(problems, "organisations.csv", 5, "member_since")).contains("2020-02-30");
        assertThat(message(problems, "usages.csv", 3, "product")).contains("line 2");
        assertThat(message(problems, "people.csv", 1, "shoe_size")).contains("email, name, organisation, title");

        assertThat(count("organisation")).isEqualTo(organisations);
        assertThat(count("product_usage")).isEqualTo(usages);
        assertThat(jdbc.queryForObject("select name from organisation where org_key = 'dragoer-kommune'", String.class))
                .isEqualTo("Dragør Kommune");
        assertThat(jdbc.queryForObject("select population from organisation where org_key = 'dragoer-kommune'",
                Integer.class)).isEqualTo(14494);
    }

    @Test
    void aBrokenCsvFileIsReportedAndTheOtherFilesStillChecked() {
        Path broken = TestPackages.folder(temp, Map.of(
                "products.csv", "key,name,summary\nx,X,\"never closed\n",
                "usages.csv", "organisation,product,status\nherlev-kommune,os2mo,pilot,extra\n",
                "extra.csv", "a,b\n"));

        var problems = rejected(importer.importPackage(broken, ImportProgressListener.NONE));

        assertThat(problems).extracting(ImportProblem::file, ImportProblem::line)
                .containsExactly(tuple("extra.csv", 0), tuple("products.csv", 2), tuple("usages.csv", 2));
        assertThat(problems.get(0).message()).contains("organisations.csv, memberships.csv, products.csv");
        assertThat(problems.get(1).message()).contains("never closed");
        assertThat(problems.get(2).message()).contains("4 fields, the header 3");
    }

    /**
     * Swapping two municipality codes is a valid end state. The database no longer holds codes unique on its
     * own (v1.1: a code is unique only among organisations whose existence overlaps, which the checks decide),
     * so the swap is imported as a whole.
     */
    @Test
    void swappingTwoCodesIsAValidEndStateAndIsImported() {
        Path swap = TestPackages.folder(temp, Map.of("organisations.csv", """
                key;name;type;municipality_code
                brand-new;Brand New;other;
                koebenhavn-kommune;København Kommune;municipality;147
                frederiksberg-kommune;Frederiksberg Kommune;municipality;101
                """));
        int organisations = count("organisation");

        imported(importer.importPackage(swap, ImportProgressListener.NONE));

        assertThat(count("organisation")).isEqualTo(organisations + 1);
        assertThat(jdbc.queryForObject("select municipality_code from organisation where org_key = 'koebenhavn-kommune'",
                String.class)).isEqualTo("147");
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static String message(List<ImportProblem> problems, String file, int line, String column) {
        return problems.stream().filter(p -> p.file().equals(file) && p.line() == line && column.equals(p.column()))
                .findFirst().orElseThrow().message();
    }
}
