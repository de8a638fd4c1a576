package dk.samvirke.events;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.importing.DataPackageExporter;
import dk.samvirke.importing.DataPackageImporter;
import dk.samvirke.importing.ImportOutcome;
import dk.samvirke.importing.ImportProblem;
import dk.samvirke.importing.ImportProgressListener;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** events.csv and registrations.csv in the data package (§2.1, §11): import, re-import, export, open data. */
@IntegrationTest
class EventPackageTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataPackageImporter importer;
    @Autowired
    DataPackageExporter exporter;
    @LocalServerPort
    int port;
    @TempDir
    Path temp;

    static final String ORGANISATIONS = "key,name,type,municipality_code\naarhus,Aarhus Kommune,municipality,751\n";
    static final String PRODUCTS = "key,name\nos2mo,OS2mo\n";
    static final String PEOPLE = "email,name,organisation\nanne@aarhus.dk,Anne,aarhus\nbo@aarhus.dk,Bo,aarhus\n";
    static final String EVENTS = """
            key,title,kind,starts,ends,product,location,online_url,capacity,signup_closes,cancelled,description,organisers
            mo-2027,OS2mo-dagen,conference,2027-03-10T09:00,2027-03-10T16:00,os2mo,Dokk1,,1,2027-03-01T12:00,,"Program: **alt**",bo@aarhus.dk
            webinar,Webinar,webinar,2027-04-01T13:00,2027-04-01T14:00,,,https://meet.example.org/w,,,yes,,
            """;
    static final String REGISTRATIONS = """
            event,person,status,registered_at
            mo-2027,anne@aarhus.dk,registered,2027-01-05T10:00
            mo-2027,bo@aarhus.dk,waiting,2027-01-05T10:01:30.123456
            """;

    @BeforeEach
    void clean() {
        RegistryCleaner.clean(jdbc);
    }

    Path write(Map<String, String> files) throws Exception {
        Path folder = Files.createTempDirectory(temp, "package");
        for (var f : files.entrySet()) {
            Files.writeString(folder.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        return folder;
    }

    Map<String, String> all(String events, String registrations) {
        var files = new HashMap<String, String>();
        files.put("organisations.csv", ORGANISATIONS);
        files.put("products.csv", PRODUCTS);
        files.put("people.csv", PEOPLE);
        files.put("events.csv", events);
        files.put("registrations.csv", registrations);
        return files;
    }

    @Test
    void importReimportAndExport() throws Exception {
        var first = importer.importPackage(write(all(EVENTS, REGISTRATIONS)), ImportProgressListener.NONE);
        assertThat(first).as(first.toString()).isInstanceOf(ImportOutcome.Imported.class);
        var summary = ((ImportOutcome.Imported) first).summary().files();
        assertThat(summary.get("events.csv").created()).isEqualTo(2);
        assertThat(summary.get("registrations.csv").created()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select cancelled from event where event_key = 'webinar'", Boolean.class)).isTrue();

        var again = (ImportOutcome.Imported) importer.importPackage(write(all(EVENTS, REGISTRATIONS)), ImportProgressListener.NONE);
        assertThat(again.summary().files().get("events.csv").unchanged()).isEqualTo(2);
        assertThat(again.summary().files().get("registrations.csv").unchanged()).isEqualTo(2);

        var out = new ByteArrayOutputStream();
        exporter.exportZip(out);
        var exported = unzip(out.toByteArray());
        assertThat(exported.get("events.csv")).contains("mo-2027,OS2mo-dagen,,conference,2027-03-10T09:00,2027-03-10T16:00,os2mo",
                "bo@aarhus.dk", ",yes,");
        assertThat(exported.get("registrations.csv")).contains("mo-2027,anne@aarhus.dk,registered,2027-01-05T10:00",
                "mo-2027,bo@aarhus.dk,waiting,2027-01-05T10:01:30.123456");
        assertThat(exported.get("datapackage.json")).contains("events.csv", "registrations.csv");

        // the export imports into the same figures and changes nothing
        RegistryCleaner.clean(jdbc);
        Path folder = Files.createTempDirectory(temp, "export");
        for (var f : exported.entrySet()) {
            Files.writeString(folder.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        var back = importer.importPackage(folder, ImportProgressListener.NONE);
        assertThat(back).as(back.toString()).isInstanceOf(ImportOutcome.Imported.class);
        assertThat(jdbc.queryForObject("select count(*) from event_registration", Integer.class)).isEqualTo(2);
        var twice = (ImportOutcome.Imported) importer.importPackage(folder, ImportProgressListener.NONE);
        assertThat(twice.summary().files().get("events.csv").unchanged()).isEqualTo(2);
        assertThat(twice.summary().files().get("registrations.csv").unchanged()).isEqualTo(2);
    }

    @Test
    void theOpenDataHoldsEventsWithoutOrganisersAndNoRegistrations() throws Exception {
        importer.importPackage(write(all(EVENTS, REGISTRATIONS)), ImportProgressListener.NONE);
        var zip = new Http(port).get("/api/v1/open-data.zip");
        assertThat(zip.status()).isEqualTo(200);
        var files = unzip(zip.bytes());
        assertThat(files).containsKey("events.csv").doesNotContainKey("registrations.csv");
        assertThat(files.get("events.csv")).contains("OS2mo-dagen").doesNotContain("bo@aarhus.dk").doesNotContain("organisers");
    }

    @Test
    void badRowsAreNamedByFileLineAndColumnAndNothingIsWritten() throws Exception {
        String events = """
                key,title,kind,starts,ends,product,capacity
                mo-2027,OS2mo-dagen,conference,2027-03-10T09:00,2027-03-10T16:00,os2nothing,1
                late,Sent,party,2027-03-10 9:00,2027-03-09T16:00,,-1
                """;
        String registrations = """
                event,person,status,registered_at
                mo-2027,anne@aarhus.dk,registered,2027-01-05T10:00
                mo-2027,bo@aarhus.dk,registered,2027-01-05T10:01
                nothing,nobody@aarhus.dk,maybe,
                """;
        var outcome = importer.importPackage(write(all(events, registrations)), ImportProgressListener.NONE);
        assertThat(outcome).isInstanceOf(ImportOutcome.Rejected.class);
        var problems = ((ImportOutcome.Rejected) outcome).problems();
        assertThat(problems).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column)
                .contains(org.assertj.core.groups.Tuple.tuple("events.csv", 2, "product"),
                        org.assertj.core.groups.Tuple.tuple("events.csv", 3, "kind"),
                        org.assertj.core.groups.Tuple.tuple("events.csv", 3, "starts"),
                        org.assertj.core.groups.Tuple.tuple("events.csv", 3, "capacity"),
                        org.assertj.core.groups.Tuple.tuple("registrations.csv", 4, "status"),
                        org.assertj.core.groups.Tuple.tuple("registrations.csv", 4, "registered_at"));
        assertThat(jdbc.queryForObject("select count(*) from event", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from product", Integer.class)).isZero();

        // more registered than seats
        var tooMany = importer.importPackage(write(all(EVENTS, """
                event,person,status,registered_at
                mo-2027,anne@aarhus.dk,registered,2027-01-05T10:00
                mo-2027,bo@aarhus.dk,attended,2027-01-05T10:01
                """)), ImportProgressListener.NONE);
        assertThat(((ImportOutcome.Rejected) tooMany).problems()).extracting(ImportProblem::message)
                .anyMatch(m -> m.contains("2 registered for 'mo-2027', which has 1 seats"));
    }

    static Map<String, String> unzip(byte[] bytes) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "")
                        .replace("\r\n", "\n"));
            }
        }
        return files;
    }
}
