package dk.samvirke.importing;

import static dk.samvirke.importing.TestPackages.SAMPLE;
import static dk.samvirke.importing.TestPackages.imported;
import static dk.samvirke.importing.TestPackages.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The parts of data package v1.1 that are the registry's (interfaces.md §2.1), in and out. */
@IntegrationTest
class DataPackageV11Test {

    /** A v1.1 package with history in every file, and text cells a spreadsheet would run. */
    static final Map<String, String> HISTORY = Map.of(
            "organisations.csv", """
                    key,name,type,municipality_code,region,member_since,member_until,founded_on,dissolved_on,successor,ean
                    region-hovedstaden,Region Hovedstaden,region,,,2020-01-01,2027-01-01,,2027-01-01,region-oestdanmark,
                    region-oestdanmark,Region Østdanmark,region,,,2027-01-01,,2027-01-01,,,5798000420526
                    aarhus-1970,Aarhus Kommune (1970–2006),municipality,751,,,,1970-04-01,2007-01-01,aarhus,
                    aarhus,Aarhus Kommune,municipality,751,,2018-07-01,,2007-01-01,,,
                    minus-kommune,-1 Kommune,municipality,101,,,,,,,
                    """,
            "memberships.csv", """
                    organisation,since,until
                    aarhus,2013-01-01,2018-01-01
                    aarhus,2018-07-01,
                    region-hovedstaden,2020-01-01,2027-01-01
                    region-oestdanmark,2027-01-01,
                    """,
            "products.csv", """
                    key,name,summary,licence
                    os2mo,OS2mo,"@SUM(A1:A9) og =1+2",MPL-2.0
                    evil,"=HYPERLINK(""https://evil.example"",""Klik"")",,
                    """,
            "people.csv", """
                    email,name,organisation,title
                    mette@aarhus.dk,Mette Hansen,aarhus,"+cmd|' /C calc'!A0"
                    """,
            "participations.csv", """
                    person,product,role,allocation,since,until
                    mette@aarhus.dk,os2mo,developer,0.5,2015-01-01,2017-01-01
                    mette@aarhus.dk,os2mo,developer,0.5,2019-01-01,
                    """);

    @Autowired
    DataPackageImporter importer;
    @Autowired
    DataPackageExporter exporter;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @BeforeEach
    void clean() {
        RegistryCleaner.clean(jdbc);
    }

    @Test
    void aPackageWithHistoryImportsAndItsExportImportsBackByteForByte() throws IOException {
        var summary = imported(importer.importPackage(TestPackages.folder(temp, HISTORY), ImportProgressListener.NONE));
        assertThat(summary.files().get("memberships.csv")).isEqualTo(new FileSummary(4, 0, 0));
        assertThat(summary.files().get("participations.csv")).isEqualTo(new FileSummary(2, 0, 0));
        assertThat(jdbc.queryForObject("select count(*) from organisation where municipality_code = '751'", Integer.class))
                .as("the old Aarhus and the new one share 751").isEqualTo(2);
        assertThat(jdbc.queryForObject("select name from organisation where org_key = 'minus-kommune'", String.class))
                .isEqualTo("-1 Kommune");

        byte[] first = export();
        var files = unzip(first);
        assertThat(files.get("memberships.csv")).isEqualTo("organisation,since,until\r\naarhus,2013-01-01,2018-01-01\r\n"
                + "aarhus,2018-07-01,\r\nregion-hovedstaden,2020-01-01,2027-01-01\r\nregion-oestdanmark,2027-01-01,\r\n");
        assertThat(files.get("organisations.csv"))
                .startsWith("key,name,type,country,municipality_code,cvr,region,population,website,email_domains,"
                        + "member_since,member_until,founded_on,dissolved_on,successor,ean\r\n")
                .contains("\r\naarhus,Aarhus Kommune,municipality,DK,751,,,,,,2018-07-01,,2007-01-01,,,\r\n")
                .contains("\r\nminus-kommune,'-1 Kommune,")
                .contains("\r\nregion-oestdanmark,Region Østdanmark,region,DK,,,,,,,2027-01-01,,2027-01-01,,,5798000420526\r\n");
        assertThat(files.get("products.csv")).contains("os2mo,OS2mo,'@SUM(A1:A9) og =1+2,")
                .contains("\r\nevil,\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Klik\"\")\",");
        assertThat(files.get("people.csv")).contains(",'+cmd|' /C calc'!A0\r\n");
        assertThat(files.get("participations.csv")).contains("mette@aarhus.dk,os2mo,developer,0.5,2015-01-01,2017-01-01,,\r\n"
                + "mette@aarhus.dk,os2mo,developer,0.5,2019-01-01,,,\r\n");

        var again = imported(importer.importPackage(new ByteArrayInputStream(first), ImportProgressListener.NONE));
        assertThat(again.changed()).as("export followed by import changes nothing").isFalse();
        RegistryCleaner.clean(jdbc);
        imported(importer.importPackage(new ByteArrayInputStream(first), ImportProgressListener.NONE));
        assertThat(unzip(export())).as("the round trip is exact").isEqualTo(files);
    }

    @Test
    void everyExportDescribesItselfAsAFrictionlessDataPackage() throws IOException {
        imported(importer.importPackage(SAMPLE, ImportProgressListener.NONE));
        JsonNode descriptor = JsonMapper.builder().build().readTree(unzip(export()).get("datapackage.json"));

        assertThat(descriptor.get("profile").asString()).isEqualTo("tabular-data-package");
        assertThat(descriptor.get("resources")).extracting(r -> r.get("path").asString()).containsExactly(
                "organisations.csv", "memberships.csv", "products.csv", "usages.csv", "people.csv", "bodies.csv",
                "decisions.csv", "participations.csv", "stages.csv", "fees.csv", "budgets.csv", "security_notices.csv",
                "events.csv", "registrations.csv");
        JsonNode memberships = descriptor.get("resources").get(1);
        assertThat(memberships.at("/schema/fields")).extracting(f -> f.get("name").asString() + ":" + f.get("type").asString())
                .containsExactly("organisation:string", "since:date", "until:date");
        assertThat(memberships.at("/schema/primaryKey")).extracting(JsonNode::asString).containsExactly("organisation", "since");
        assertThat(memberships.at("/schema/foreignKeys/0/reference/resource").asString()).isEqualTo("organisations");
        JsonNode participations = descriptor.get("resources").get(7);
        assertThat(participations.at("/schema/primaryKey")).extracting(JsonNode::asString)
                .containsExactly("person", "product", "role", "since");
        assertThat(participations.at("/schema/fields/3/type").asString()).isEqualTo("number");
        assertThat(participations.at("/schema/fields/0/constraints/required").asBoolean()).isTrue();
    }

    @Test
    void aV1PackageImportsAsBeforeAndItsExportHasBothForms() throws IOException {
        imported(importer.importPackage(SAMPLE, ImportProgressListener.NONE));
        var files = unzip(export());
        assertThat(files.get("memberships.csv")).contains("\r\ndragoer-kommune,").contains("\r\nregion-midtjylland,2019-01-01,\r\n");
        assertThat(files.get("organisations.csv")).contains("\r\nregion-midtjylland,Region Midtjylland,region,DK,,,,1326340,,"
                + "rmidtjylland.dk,2019-01-01,,,,,\r\n");
    }

    @Test
    void overlappingPeriodsAndAMemberSinceThatIsNotTheLatestAreRefusedNamingTheLines() {
        var problems = rejected(importer.importPackage(TestPackages.folder(temp, Map.of(
                "organisations.csv", """
                        key,name,type,municipality_code,member_since
                        aarhus,Aarhus Kommune,municipality,751,2013-01-01
                        odense,Odense Kommune,municipality,461,
                        """,
                "memberships.csv", """
                        organisation,since,until
                        aarhus,2013-01-01,2018-01-01
                        aarhus,2017-01-01,
                        odense,2015-01-01,2016-01-01
                        odense,2015-01-01,
                        nowhere,2015-01-01,
                        """,
                "participations.csv", """
                        person,product,role,since,until
                        a@b.dk,,board,2020-01-01,
                        a@b.dk,,board,2019-01-01,2021-01-01
                        """,
                "people.csv", "email,name\na@b.dk,A\n")), ImportProgressListener.NONE));

        assertThat(problems).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column).containsExactly(
                tuple("organisations.csv", 2, "member_since"),
                tuple("memberships.csv", 3, "since"),
                tuple("memberships.csv", 5, "since"),
                tuple("memberships.csv", 6, "organisation"),
                tuple("participations.csv", 3, "since"));
        assertThat(problems.get(1).message()).contains("line 2").contains("2013-01-01").contains("2017-01-01");
        assertThat(problems.get(2).message()).contains("duplicate").contains("line 4");
        assertThat(problems.get(4).message()).contains("line 2").contains("2020-01-01").contains("2019-01-01");
        assertThat(jdbc.queryForObject("select count(*) from organisation", Integer.class)).isZero();
    }

    @Test
    void aPeriodFromAPackageMustNotOverlapThoseTheDatabaseKeeps() {
        imported(importer.importPackage(TestPackages.folder(temp, HISTORY), ImportProgressListener.NONE));
        var problems = rejected(importer.importPackage(TestPackages.folder(temp, Map.of("memberships.csv",
                "organisation,since,until\naarhus,2016-01-01,2019-01-01\n")), ImportProgressListener.NONE));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("memberships.csv");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("in the database");
        });
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
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
