package dk.samvirke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.samvirke.importing.DataPackageExporter;
import dk.samvirke.importing.DataPackageImporter;
import dk.samvirke.importing.ImportOutcome;
import dk.samvirke.importing.ImportProgressListener;
import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.shared.CodedEnum;
import dk.samvirke.shared.Period;
import dk.samvirke.statistics.Statistics;
import dk.samvirke.statistics.StatisticsCalculator;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.usage.UsageStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registry's acceptance check (issue 8), on a v1.1 package kept apart from the code: the 2007 reform's
 * dissolved municipalities with their successors (the new Aarhus and Odense keep their codes), members that
 * left and rejoined, a region founded in 2027, participations that ended and began again. Every §3 figure on
 * eight dates is compared with the definitions computed here from the package's own CSV files; three broken
 * packages are rejected by file and line; the export round-trips; the regions merge; the headline is read;
 * dates out of range are refused.
 */
@IntegrationTest
class RegistryAcceptanceTest {

    static final Path PACKAGE = Path.of("src/test/resources/packages/acceptance-v1.1");
    static final List<LocalDate> DATES = List.of(LocalDate.of(2005, 6, 30), LocalDate.of(2006, 12, 31),
            LocalDate.of(2007, 1, 1), LocalDate.of(2013, 12, 31), LocalDate.of(2019, 6, 30), LocalDate.of(2023, 12, 31),
            LocalDate.of(2026, 6, 30), LocalDate.of(2027, 1, 1));

    @Autowired
    DataPackageImporter importer;
    @Autowired
    DataPackageExporter exporter;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;
    @TempDir
    Path temp;

    Http http;

    @BeforeEach
    void imported() {
        http = new Http(port);
        RegistryCleaner.clean(jdbc);
        assertThat(importer.importPackage(PACKAGE, ImportProgressListener.NONE)).isInstanceOf(ImportOutcome.Imported.class);
    }

    @Test
    void everyFigureOnEightDatesIsWhatTheDefinitionsGive() throws IOException {
        var oracle = Oracle.of(PACKAGE);
        for (LocalDate date : DATES) {
            var expected = oracle.on(date);
            var answer = http.get("/api/v1/statistics?asOf=" + date).json();
            assertThat(answer.get("memberMunicipalities").asInt()).as("%s", date).isEqualTo(expected.memberMunicipalities());
            assertThat(answer.get("municipalities").asInt()).as("%s", date).isEqualTo(expected.municipalities());
            assertThat(answer.get("members").asInt()).as("%s", date).isEqualTo(expected.members());
            assertThat(answer.get("memberMunicipalityShare").asInt()).as("%s", date).isEqualTo(expected.memberMunicipalityShare());
            assertThat(answer.get("products").asInt()).as("%s", date).isEqualTo(expected.products());
            assertThat(answer.get("productsInUse").asInt()).as("%s", date).isEqualTo(expected.productsInUse());
            assertThat(answer.get("municipalUsages").asInt()).as("%s", date).isEqualTo(expected.municipalUsages());
            assertThat(answer.get("averageProductsPerMunicipality").decimalValue()).as("%s", date)
                    .isEqualByComparingTo(expected.averageProductsPerMunicipality());
            assertThat(answer.get("participants").asInt()).as("%s", date).isEqualTo(expected.participants());
            assertThat(answer.get("participatingMunicipalities").asInt()).as("%s", date)
                    .isEqualTo(expected.participatingMunicipalities());
            assertThat(answer.get("fullTime").asInt()).as("%s", date).isEqualTo(expected.fullTime());
            assertThat(answer.get("partTime").asInt()).as("%s", date).isEqualTo(expected.partTime());
        }
        // the reform is in the figures: 12 municipalities the day before it, 7 from it
        assertThat(oracle.on(LocalDate.of(2006, 12, 31)).municipalities()).isEqualTo(12);
        assertThat(oracle.on(LocalDate.of(2007, 1, 1)).municipalities()).isEqualTo(7);
        var series = http.get("/api/v1/statistics/series?from=2005-06-30&to=2027-06-30&step=year").json();
        assertThat(series).hasSize(23);
        assertThat(series.get(1).get("asOf").asString()).isEqualTo("2006-06-30");
        assertThat(series.get(1).get("municipalities").asInt()).isEqualTo(12);
        assertThat(series.get(2).get("municipalities").asInt()).isEqualTo(7);
    }

    @Test
    void threeBrokenPackagesAreRejectedByFileAndLineAndWriteNothing() throws IOException {
        int organisations = count("organisation");
        assertThat(problems(Map.of("memberships.csv", "organisation,since,until\nkoebenhavn,2006-01-01,2012-01-01\n"
                + "koebenhavn,2011-06-01,\n"))).as("overlapping line 2, and the period from 2015 the database keeps")
                .containsExactly(tuple("memberships.csv", 3, "since"), tuple("memberships.csv", 3, "since"));
        assertThat(problems(Map.of("organisations.csv", "key,name,type,municipality_code,founded_on\n"
                + "ny-aarhus,Ny Aarhus,municipality,751,2006-01-01\n")))
                .as("751 is the old Aarhus's until 2007").containsExactly(tuple("organisations.csv", 2, "municipality_code"));
        assertThat(problems(Map.of("participations.csv", "person,product,role,allocation,since,until\n"
                + "carl@kk.dk,os2kitos,product-manager,0.5,2019-01-01,2023-01-01\n")))
                .containsExactly(tuple("participations.csv", 2, "since"));
        assertThat(count("organisation")).isEqualTo(organisations);
    }

    @Test
    void theExportRoundTripsExactly() throws IOException {
        byte[] first = export();
        RegistryCleaner.clean(jdbc);
        assertThat(importer.importPackage(new ByteArrayInputStream(first), ImportProgressListener.NONE))
                .isInstanceOf(ImportOutcome.Imported.class);
        assertThat(unzip(export())).isEqualTo(unzip(first));
        assertThat(unzip(first).get("memberships.csv")).contains("\r\nkoebenhavn,2006-01-01,2012-01-01\r\n"
                + "koebenhavn,2015-01-01,\r\n");
    }

    @Test
    void theRegionsMergeAndTheFiguresBeforeTheDayStay() {
        var before = http.get("/api/v1/statistics?asOf=2026-12-31").body();
        var onTheDay = http.get("/api/v1/statistics?asOf=2027-01-01").json();
        for (String region : new String[] {"region-hovedstaden", "region-sjaelland"}) {
            var merged = http.post("/api/v1/admin/organisations/" + region + "/merge", "application/json",
                    "{\"into\": \"region-oestdanmark\", \"on\": \"2027-01-01\"}".getBytes(StandardCharsets.UTF_8),
                    "Authorization", "Bearer test-admin-token");
            assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        }
        assertThat(http.get("/api/v1/statistics?asOf=2026-12-31").body()).isEqualTo(before);
        var after = http.get("/api/v1/statistics?asOf=2027-01-01").json();
        assertThat(after.get("members").asInt()).as("Østdanmark carries Hovedstaden's membership")
                .isEqualTo(onTheDay.get("members").asInt());
        var oest = http.get("/api/v1/organisations/region-oestdanmark").json();
        assertThat(oest.get("predecessors")).hasSize(2);
        assertThat(oest.get("memberships").get(0).get("since").asString()).isEqualTo("2027-01-01");
        assertThat(oest.get("usages")).extracting(u -> u.get("product").get("key").asString())
                .containsExactlyInAnyOrder("os2kitos", "os2mo");
        assertThat(oest.get("participants")).extracting(p -> p.get("name").asString()).containsExactly("Eva Holm");
        assertThat(http.get("/organisationer/region-sjaelland").body())
                .contains("Region Sjælland nedlægges 1. januar 2027 og indgår i Region Østdanmark.");
    }

    @Test
    void theHeadlineCountsMemberMunicipalitiesAndNamesTheOthersApart() {
        assertThat(http.get("/").body()).contains("4 medlemmer — 57 % af de 7 kommuner — og 2 andre medlemmer");
        assertThat(http.get("/?lang=en").body()).contains("4 members — 57 % of the 7 municipalities — and 2 other members");
    }

    @Test
    void datesOutOfRangeAreRefusedByTheApi() {
        assertThat(http.get("/api/v1/statistics?asOf=1899-12-31").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/statistics?asOf=%2B10000-01-01").status()).isEqualTo(400);
        var usage = http.put("/api/v1/organisations/aarhus/usages/os2kitos", "application/json",
                "{\"status\": \"production\", \"since\": \"+10000-01-01\"}".getBytes(StandardCharsets.UTF_8),
                "Authorization", "Bearer test-admin-token");
        assertThat(usage.status()).isEqualTo(422);
        assertThat(usage.json().get("errors").get(0).get("field").asString()).isEqualTo("since");
        var membership = http.put("/api/v1/organisations/ballerup/memberships", "application/json",
                "[{\"since\": \"1899-12-31\"}]".getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer test-admin-token");
        assertThat(membership.status()).isEqualTo(422);
    }

    private List<org.assertj.core.groups.Tuple> problems(Map<String, String> files) throws IOException {
        Path folder = Files.createDirectory(temp.resolve("broken-" + System.nanoTime()));
        for (var file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        var outcome = importer.importPackage(folder, ImportProgressListener.NONE);
        assertThat(outcome).isInstanceOf(ImportOutcome.Rejected.class);
        return ((ImportOutcome.Rejected) outcome).problems().stream()
                .map(p -> tuple(p.file(), p.line(), p.column())).toList();
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

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    /** The definitions computed from the package's own files, read here without the importer. */
    record Oracle(List<StatisticsCalculator.Organisation> organisations, List<StatisticsCalculator.Product> products,
            List<StatisticsCalculator.Usage> usages, List<StatisticsCalculator.Participation> participations) {

        Statistics on(LocalDate date) {
            return StatisticsCalculator.calculate(date, organisations, products, usages, participations);
        }

        static Oracle of(Path folder) throws IOException {
            Map<String, Long> ids = new HashMap<>();
            Map<String, List<Period>> periods = new HashMap<>();
            for (var row : rows(folder, "memberships.csv")) {
                periods.computeIfAbsent(row.get("organisation"), k -> new ArrayList<>())
                        .add(new Period(date(row.get("since")), date(row.get("until"))));
            }
            List<StatisticsCalculator.Organisation> organisations = new ArrayList<>();
            for (var row : rows(folder, "organisations.csv")) {
                long id = ids.size();
                ids.put(row.get("key"), id);
                organisations.add(new StatisticsCalculator.Organisation(id,
                        CodedEnum.fromCode(OrganisationType.class, row.get("type")).orElseThrow(),
                        date(row.get("founded_on")), date(row.get("dissolved_on")),
                        periods.getOrDefault(row.get("key"), List.of())));
            }
            Map<String, Long> productIds = new HashMap<>();
            List<StatisticsCalculator.Product> products = new ArrayList<>();
            for (var row : rows(folder, "products.csv")) {
                productIds.put(row.get("key"), (long) productIds.size());
                products.add(new StatisticsCalculator.Product(productIds.get(row.get("key")), date(row.get("adopted_on")),
                        date(row.get("retired_on"))));
            }
            List<StatisticsCalculator.Usage> usages = new ArrayList<>();
            for (var row : rows(folder, "usages.csv")) {
                usages.add(new StatisticsCalculator.Usage(ids.get(row.get("organisation")), productIds.get(row.get("product")),
                        CodedEnum.fromCode(UsageStatus.class, row.get("status")).orElseThrow(), date(row.get("since")),
                        date(row.get("until"))));
            }
            Map<String, Long> people = new HashMap<>();
            Map<String, Long> personOrganisation = new HashMap<>();
            for (var row : rows(folder, "people.csv")) {
                people.put(row.get("email"), (long) people.size());
                personOrganisation.put(row.get("email"), ids.get(row.get("organisation")));
            }
            List<StatisticsCalculator.Participation> participations = new ArrayList<>();
            for (var row : rows(folder, "participations.csv")) {
                String allocation = row.get("allocation");
                participations.add(new StatisticsCalculator.Participation(people.get(row.get("person")),
                        personOrganisation.get(row.get("person")),
                        row.get("product").isEmpty() ? null : productIds.get(row.get("product")),
                        allocation.isEmpty() ? null : new BigDecimal(allocation), date(row.get("since")),
                        date(row.get("until"))));
            }
            return new Oracle(organisations, products, usages, participations);
        }

        /** The package's files are plain: no quotes, no commas inside a field. */
        private static List<Map<String, String>> rows(Path folder, String file) throws IOException {
            List<String> lines = Files.readAllLines(folder.resolve(file));
            String[] header = lines.get(0).split(",", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(",", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], fields[i]);
                }
                rows.add(row);
            }
            return rows;
        }

        private static LocalDate date(String value) {
            return value == null || value.isEmpty() ? null : LocalDate.parse(value);
        }
    }
}
