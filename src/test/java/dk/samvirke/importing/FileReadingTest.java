package dk.samvirke.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.samvirke.organisations.OrganisationType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The rules of interfaces.md §2 that one file can check on its own, without a database: each file's
 * records read through the module's rules, with problems by line and column.
 */
class FileReadingTest {

    private final Problems problems = new Problems();

    @SuppressWarnings("unchecked")
    private <T extends FileImport> T parse(String fileName, String csv) {
        var file = TestPackages.FILES.byName(fileName).orElseThrow();
        var fileImport = file.startImport(null);
        DataPackageImporter.read(file, csv.getBytes(StandardCharsets.UTF_8), fileImport, problems);
        return (T) fileImport;
    }

    private List<ImportProblem> problems() {
        return problems.sorted(TestPackages.FILES.names());
    }

    @Test
    void readsAnOrganisationWithDefaultsAndNormalisedValues() {
        // Header names are trimmed and matched without case; so are type codes.
        OrganisationsFile.Import rows = parse("organisations.csv", """
                KEY ; Name ;Type;email_domains;population
                aarhus-kommune;Aarhus Kommune;Municipality;Aarhus.DK  it.aarhus.dk;0
                """);
        // municipality_code is required for a municipality: the only problem.
        assertThat(problems()).extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(tuple(2, "municipality_code"));
        var details = rows.rows().get(0).record().details();
        assertThat(details.country()).isEqualTo("DK");
        assertThat(details.type()).isEqualTo(OrganisationType.MUNICIPALITY);
        assertThat(details.emailDomains()).containsExactly("aarhus.dk", "it.aarhus.dk");
        assertThat(details.population()).isZero();
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            key               | Aarhus            | not a key
            key               | -aarhus           | not a key
            type              | kommune           | not one of municipality, region, state, association, supplier, other
            country           | XX                | not an ISO 3166-1 alpha-2
            municipality_code | 0751              | 3 digits
            cvr               | 1234567           | not 8 digits
            cvr               | 1234567a          | not 8 digits
            population        | -1                | not a whole number
            population        | 1.5               | not a whole number
            population        | 99999999999       | not a whole number
            website           | www.aarhus.dk     | not an http(s) URL
            website           | javascript:x      | not an http(s) URL
            email_domains     | aarhus.dk,it.dk   | not a domain name
            member_since      | 2025-02-30        | not a date in the calendar
            member_since      | 1.1.2020          | not a date YYYY-MM-DD
            member_until      | 2019-12-31        | before member_since
            region            | Region Midt       | not a key
            """)
    void rejectsAnInvalidOrganisationField(String column, String value, String message) {
        Map<String, String> values = new java.util.LinkedHashMap<>(Map.of("key", "aarhus-kommune", "name", "Aarhus",
                "type", "municipality", "municipality_code", "751", "member_since", "2020-01-01"));
        values.put(column, value);
        String header = String.join(";", values.keySet());
        String row = String.join(";", values.values());

        parse("organisations.csv", header + "\n" + row + "\n");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("organisations.csv");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.message()).contains(message);
        });
    }

    @ParameterizedTest(name = "allocation ''{0}''")
    @CsvSource({"0,0", "1,1", "'0,5',0.5", "0.125,0.125", "1.000000,1", "0.333333,0.333333"})
    void acceptsAllocationsFromZeroToOneWithADecimalPointOrComma(String value, BigDecimal expected) {
        ParticipationsFile.Import rows = parse("participations.csv", "person,role,allocation\nA@B.dk,board,\"" + value + "\"\n");
        assertThat(problems()).isEmpty();
        assertThat(rows.rows().get(0).record().details().allocation()).isEqualByComparingTo(expected);
        assertThat(rows.rows().get(0).record().email()).isEqualTo("a@b.dk");
    }

    @ParameterizedTest(name = "allocation ''{0}''")
    @CsvSource({"1.5", "-0.5", "0.1234567", "half", "'1,0,0'"})
    void rejectsAllocationsOutsideZeroToOneOrWithTooManyDecimals(String value) {
        parse("participations.csv", "person;role;allocation\na@b.dk;board;" + value + "\n");
        assertThat(problems()).extracting(ImportProblem::column).containsExactly("allocation");
    }

    @Test
    void checksUsagesAndPeople() {
        parse("usages.csv", """
                organisation,product,status,since,until,contact_email
                a,b,production,2020-01-01,2019-01-01,it@a.dk
                a,c,pilot,,,it@@a.dk
                a,d,,,,
                """);
        parse("people.csv", "email,name\nnot-an-address,X\nx@y.dk,\n");
        assertThat(problems()).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column)
                .containsExactly(
                        tuple("usages.csv", 2, "until"),
                        tuple("usages.csv", 3, "contact_email"),
                        tuple("usages.csv", 4, "status"),
                        tuple("people.csv", 2, "email"),
                        tuple("people.csv", 3, "name"));
    }

    @Test
    void findsDuplicatesNamingBothLinesWithEmailsComparedWithoutCase() {
        parse("people.csv", "email,name\nole@herlev.dk,Ole\nanne@herlev.dk,Anne\nOLE@Herlev.dk,Ole again\n");
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("email");
            assertThat(p.message()).contains("line 2");
        });
    }

    @Test
    void aProductMayBeEmptyForAnAssociationWideParticipationButRolesMustDiffer() {
        ParticipationsFile.Import rows = parse("participations.csv", """
                person,product,role
                a@b.dk,,board
                a@b.dk,,secretariat
                a@b.dk,os2mo,board
                a@b.dk,,board
                """);
        assertThat(rows.rows()).hasSize(3);
        assertThat(rows.rows().get(0).record().productKey()).isNull();
        assertThat(problems()).extracting(ImportProblem::line, ImportProblem::column).containsExactly(tuple(5, "role"));
    }

    @Test
    void reportsMissingRequiredAndUnknownColumnsAndBadRecordLengths() {
        parse("products.csv", "key,title\nx,X\n");
        parse("usages.csv", "organisation,product,status\na,b\n");
        assertThat(problems()).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column)
                .containsExactly(
                        tuple("products.csv", 1, "title"),
                        tuple("products.csv", 1, "name"),
                        tuple("usages.csv", 2, null));
        assertThat(problems().get(0).message()).contains("key, name, summary, owner, repository, licence, website");
        assertThat(problems().get(1).message()).contains("required column missing");
    }

    @Test
    void checksProductUrlsLicencesAndDates() {
        ProductsFile.Import rows = parse("products.csv", """
                key,name,repository,licence,adopted_on,retired_on
                os2mo,OS2mo,https://github.com/OS2mo/os2mo,MPL-2.0 OR (EUPL-1.2 WITH x),2015-01-01,2015-01-01
                other,Other,git@github.com:x/y.git,"MPL-2.0; rm -rf",,
                """);
        assertThat(rows.rows().get(0).record().details().adoptedOn()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(problems()).extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(tuple(3, "repository"), tuple(3, "licence"));
    }
}
