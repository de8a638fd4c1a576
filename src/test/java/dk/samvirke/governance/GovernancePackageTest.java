package dk.samvirke.governance;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.importing.DataPackageExporter;
import dk.samvirke.importing.DataPackageImporter;
import dk.samvirke.importing.ImportOutcome;
import dk.samvirke.importing.ImportProgressListener;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.TestAccounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Governance through the data package (interfaces.md §9): bodies, members (participations with a body),
 * decisions, stages, fees and budgets in; the governance, cost-sharing and invoice answers out; the export
 * gives the same files back and the open data holds governance but no members.
 */
@IntegrationTest
class GovernancePackageTest {

    static final Map<String, String> PACKAGE = GovernancePackageFixture.PACKAGE;

    @Autowired
    DataPackageImporter importer;
    @Autowired
    DataPackageExporter exporter;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestAccounts accounts;
    @LocalServerPort
    int port;
    @TempDir
    Path temp;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        RegistryCleaner.clean(jdbc);
    }

    ImportOutcome importPackage(Map<String, String> files) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("p" + System.nanoTime()));
        for (var f : files.entrySet()) {
            Files.writeString(folder.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        return importer.importPackage(folder, ImportProgressListener.NONE);
    }

    @Test
    void aPackageGivesTheGovernanceAndTheCostSharingOfSection9() throws IOException {
        assertThat(importPackage(PACKAGE)).isInstanceOf(ImportOutcome.Imported.class);

        JsonNode governance = http.get("/api/v1/products/os2mo/governance?asOf=2026-06-01").json();
        assertThat(governance.get("stage").asString()).isEqualTo("n2");
        assertThat(governance.get("stageSince").asString()).isEqualTo("2024-03-01");
        assertThat(governance.get("stages").valueStream().map(s -> s.get("stage").asString() + "/"
                + s.get("decision").asString())).containsExactly("sandbox/os2mo-sandkasse", "n2/os2mo-n2");
        JsonNode body = governance.get("bodies").get(0);
        assertThat(body.get("key").asString()).isEqualTo("os2mo-styregruppe");
        assertThat(body.get("mandate").asString()).contains("<strong>OS2mo</strong>");
        assertThat(body.get("members").valueStream().map(m -> m.get("name").asString() + ":" + m.get("chair").asBoolean()))
                .containsExactly("Mette Hansen:true", "Ole Olsen:false");
        assertThat(governance.toString()).doesNotContain("@aarhus.dk", "@odense.dk");
        assertThat(governance.get("decisions").valueStream().map(d -> d.get("key").asString()))
                .containsExactly("os2mo-n2", "os2mo-sandkasse");
        assertThat(governance.get("decisions").get(0).get("html").asString()).contains("<strong>N2</strong>");
        // before the second step, the first; before the first, none
        assertThat(http.get("/api/v1/products/os2mo/governance?asOf=2024-02-29").json().get("stage").asString())
                .isEqualTo("sandbox");
        assertThat(http.get("/api/v1/products/os2mo/governance?asOf=2018-01-31").json().get("stage").asString())
                .isEqualTo("none");

        JsonNode sharing = http.get("/api/v1/products/os2mo/cost-sharing?year=2026").json();
        // aarhus 119 999 = large, member: 40 000; ishoej joins 2026-04-01, member: joining 5 000;
        // nopop has no population: a problem; odense 60 000 = large, not a member on 1 January: 60 000; gone: nothing
        assertThat(sharing.get("lines").valueStream().map(l -> l.get("organisation").asString() + ":"
                + l.get("kind").asString() + ":" + l.get("band").asString() + ":" + l.get("member").asBoolean() + ":"
                + l.get("amount").decimalValue().toPlainString()))
                .containsExactly("aarhus:annual:large:true:40000", "ishoej:joining:small:true:5000",
                        "odense:annual:large:false:60000");
        assertThat(sharing.get("problems").valueStream().map(p -> p.get("organisation").asString())).containsExactly("nopop");
        assertThat(sharing.get("total").decimalValue()).isEqualByComparingTo("105000");
        assertThat(sharing.get("budget").decimalValue()).isEqualByComparingTo("250000");
        assertThat(sharing.get("coverage").decimalValue()).isEqualByComparingTo("0.42");

        // equal split: 100 000 / 3 annual payers = 33 333.33 → 33 333
        JsonNode kitos = http.get("/api/v1/products/os2kitos/cost-sharing?year=2026").json();
        assertThat(kitos.get("lines").valueStream().map(l -> l.get("amount").decimalValue().toPlainString()))
                .containsExactly("33333", "33333", "33333");

        JsonNode membership = http.get("/api/v1/governance/membership-fee?year=2026").json();
        // members on 1 January: aarhus, ishoej, nopop (gone is dissolved); odense joins on 2026-03-01
        assertThat(membership.get("lines").valueStream().map(l -> l.get("organisation").asString() + ":"
                + l.get("kind").asString() + ":" + l.get("amount").decimalValue().toPlainString()))
                .containsExactly("aarhus:annual:1000.5", "ishoej:annual:1000.5", "nopop:annual:1000.5");

        JsonNode association = http.get("/api/v1/governance").json();
        assertThat(association.get("bodies").valueStream().map(b -> b.get("key").asString())).containsExactly("bestyrelsen");
        assertThat(association.get("decisions").valueStream().map(b -> b.get("key").asString()))
                .containsExactly("kontingent-2026");
        assertThat(http.get("/api/v1/decisions/os2mo-n2").json().get("title").asString()).isEqualTo("OS2mo er modent");
        assertThat(http.get("/api/v1/decisions/nothing").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/products/nothing/governance").status()).isEqualTo(404);
    }

    @Test
    void theInvoiceBasisIsForTheOrganisationsAdminsAndAdminsAndTheCsvForAdminsOnly() throws IOException {
        importPackage(PACKAGE);
        String own = accounts.bearer("anne@aarhus.dk", "aarhus", dk.samvirke.support.TestAccounts.organisationAdmin("aarhus"));
        String foreign = accounts.bearer("o@odense.dk", "odense", dk.samvirke.support.TestAccounts.organisationAdmin("odense"));
        String member = accounts.bearer("m@aarhus.dk", "aarhus", dk.samvirke.support.TestAccounts.member());
        String manager = accounts.bearer("pm@aarhus.dk", "aarhus", dk.samvirke.support.TestAccounts.productManager("os2mo"));
        String admin = accounts.bearer("sek@os2.eu", null, dk.samvirke.support.TestAccounts.admin());
        String path = "/api/v1/organisations/aarhus/invoice-basis?year=2026";

        assertThat(http.get(path).status()).isEqualTo(401);
        assertThat(http.get(path, "Authorization", foreign).status()).isEqualTo(403);
        assertThat(http.get(path, "Authorization", member).status()).isEqualTo(403);
        assertThat(http.get(path, "Authorization", manager).status()).isEqualTo(403);
        var basis = http.get(path, "Authorization", own);
        assertThat(basis.status()).isEqualTo(200);
        assertThat(basis.json().get("lines").valueStream().map(l -> l.get("product").asString() + ":"
                + l.get("amount").decimalValue().toPlainString()))
                .containsExactly("os2kitos:33333", "os2mo:40000", "membership:1000.5");
        assertThat(basis.json().get("total").decimalValue()).isEqualByComparingTo("74333.50");
        assertThat(basis.json().get("cvr").asString()).isEqualTo("55133018");
        assertThat(http.get(path, "Authorization", admin).status()).isEqualTo(200);
        // the problem of an organisation without population is its own
        assertThat(http.get("/api/v1/organisations/nopop/invoice-basis?year=2026", "Authorization", admin).json()
                .get("problems").get(0).asString()).startsWith("os2mo: no population");

        String csvPath = "/api/v1/admin/invoice-basis?year=2026";
        assertThat(http.get(csvPath).status()).isEqualTo(401);
        assertThat(http.get(csvPath, "Authorization", own).status()).isEqualTo(403);
        var csv = http.get(csvPath, "Authorization", admin);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().split("\r\n")).containsExactly(
                "organisation,name,cvr,ean,product,kind,band,member,amount",
                "aarhus,Aarhus Kommune,55133018,5798005770008,os2kitos,annual,large,yes,33333",
                "aarhus,Aarhus Kommune,55133018,5798005770008,os2mo,annual,large,yes,40000",
                "aarhus,Aarhus Kommune,55133018,5798005770008,membership,annual,large,yes,1000.50",
                "ishoej,Ishøj Kommune,11931316,,os2kitos,annual,small,yes,33333",
                "ishoej,Ishøj Kommune,11931316,,os2mo,joining,small,yes,5000",
                "ishoej,Ishøj Kommune,11931316,,membership,annual,small,yes,1000.50",
                "nopop,Kommune Uden Tal,,,membership,annual,,yes,1000.50",
                "odense,Odense Kommune,35209115,,os2kitos,annual,large,no,33333",
                "odense,Odense Kommune,35209115,,os2mo,annual,large,no,60000");
        // odense's membership begins during 2026, and the membership fee has no joining row: it costs nothing
    }

    @Test
    void exportGivesTheFilesBackAndReimportChangesNothing() throws IOException {
        importPackage(PACKAGE);
        var files = unzip(export());
        assertThat(files.get("bodies.csv")).contains("os2mo-styregruppe,Styregruppen for OS2mo,steering-committee,os2mo");
        assertThat(files.get("fees.csv")).contains(",2026,annual,all,1000.50,2000");
        assertThat(files.get("participations.csv")).contains("os2mo-styregruppe,yes");
        Path folder = Files.createDirectories(temp.resolve("export"));
        for (var f : files.entrySet()) {
            Files.writeString(folder.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        var again = importer.importPackage(folder, ImportProgressListener.NONE);
        assertThat(again).isInstanceOf(ImportOutcome.Imported.class);
        ((ImportOutcome.Imported) again).summary().files().forEach((file, summary) -> {
            assertThat(summary.created()).as(file).isZero();
            assertThat(summary.updated()).as(file).isZero();
        });
    }

    @Test
    void theOpenDataHoldsGovernanceButNoMembers() throws IOException {
        importPackage(PACKAGE);
        var files = unzip(http.get("/api/v1/open-data.zip").bytes());
        assertThat(files).containsKeys("bodies.csv", "decisions.csv", "stages.csv", "fees.csv", "budgets.csv")
                .doesNotContainKey("participations.csv");
        assertThat(String.join("", files.values())).doesNotContain("Mette", "@aarhus.dk");
    }

    @Test
    void brokenReferencesAreNamedByFileLineAndColumn() throws IOException {
        var broken = new LinkedHashMap<>(PACKAGE);
        broken.put("participations.csv", """
                person,product,role,since,body,chair
                mette@aarhus.dk,os2kitos,steering-committee,2024-01-01,os2mo-styregruppe,yes
                ole@odense.dk,os2mo,steering-committee,2024-01-01,nowhere,
                ole@odense.dk,,board,2023-05-01,,yes
                """);
        broken.put("decisions.csv", """
                key,body,date,title
                d1,nobody,2024-01-01,Titel
                d2,bestyrelsen,2024-13-01,
                """);
        broken.put("stages.csv", """
                product,stage,since,decision
                os2mo,n4,2018-02-01,
                nothing,n1,2018-02-01,missing
                os2mo,n1,,
                """);
        broken.put("fees.csv", """
                product,year,kind,band,member_amount
                os2mo,2026,annual,small,-1
                os2mo,2026,annual,small,10
                os2mo,26x,yearly,huge,
                os2kitos,2026,annual,equal,5
                """);
        var outcome = importPackage(broken);
        assertThat(outcome).isInstanceOf(ImportOutcome.Rejected.class);
        var problems = ((ImportOutcome.Rejected) outcome).problems().stream()
                .map(p -> p.file() + ":" + p.line() + ":" + p.column()).toList();
        assertThat(problems).contains("participations.csv:2:body", "participations.csv:3:body",
                "participations.csv:4:chair", "decisions.csv:2:body", "decisions.csv:3:date", "decisions.csv:3:title",
                "stages.csv:2:stage", "stages.csv:3:product", "stages.csv:3:decision", "stages.csv:4:since",
                "fees.csv:2:member_amount", "fees.csv:4:year", "fees.csv:4:kind", "fees.csv:4:band",
                "fees.csv:5:member_amount");
        assertThat(jdbc.queryForObject("select count(*) from governance_body", Integer.class)).isZero();
    }

    byte[] export() throws IOException {
        var out = new ByteArrayOutputStream();
        exporter.exportZip(out);
        return out.toByteArray();
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
