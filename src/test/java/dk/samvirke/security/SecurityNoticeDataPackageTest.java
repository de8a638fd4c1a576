package dk.samvirke.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.importing.DataPackageImporter;
import dk.samvirke.importing.ImportOutcome;
import dk.samvirke.importing.ImportProgressListener;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code security_notices.csv}: in the export and the open data (the notice, never an organisation), and
 * imported again by its key — into an empty instance and a second time without change.
 */
@IntegrationTest
class SecurityNoticeDataPackageTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DataPackageImporter importer;

    @Test
    void theNoticesTravelInTheOpenDataWithoutOrganisations() throws IOException {
        var http = new Http(port);
        var scenario = NoticeScenario.build(jdbc, fixtures, accounts);
        long id = http.post("/api/v1/products/os2forms/security-notices", "application/json",
                NoticeScenario.BODY.getBytes(StandardCharsets.UTF_8), "Authorization", scenario.token("manager"))
                .json().get("id").asLong();
        var open = unzip(http.get("/api/v1/open-data.zip").bytes());
        String csv = open.get("security_notices.csv");
        assertThat(csv).startsWith("key,product,title,severity,affected,fixed,aliases,description,published")
                .contains("SAMVIRKE-" + id, "os2forms", "Indsendte formularer kan læses af andre", ">=2.0.0 <2.4.3 || =1.9.9",
                        "CVE-2026-12345")
                .doesNotContain("aarhus", "aalborg", "pm@os2.eu");
        assertThat(open.get("datapackage.json")).contains("security_notices.csv");
        assertThat(open.keySet()).noneMatch(name -> name.contains("status"));
        byte[] export = http.get("/api/v1/admin/export", "Authorization", scenario.token("admin")).bytes();
        assertThat(unzip(export).get("security_notices.csv")).contains("SAMVIRKE-" + id);

        // the same package again changes nothing
        assertThat(importer.importPackage(new ByteArrayInputStream(export), ImportProgressListener.NONE))
                .isInstanceOf(ImportOutcome.Imported.class);
        assertThat(jdbc.queryForObject("select count(*) from security_notice", Integer.class)).isEqualTo(1);

        // into an empty instance, the notice keeps its key; again, nothing new
        RegistryCleaner.clean(jdbc);
        assertThat(importer.importPackage(new ByteArrayInputStream(export), ImportProgressListener.NONE))
                .isInstanceOf(ImportOutcome.Imported.class);
        assertThat(importer.importPackage(new ByteArrayInputStream(export), ImportProgressListener.NONE))
                .isInstanceOf(ImportOutcome.Imported.class);
        assertThat(jdbc.queryForList("select notice_key from security_notice", String.class))
                .containsExactly("SAMVIRKE-" + id);
        long newId = jdbc.queryForObject("select id from security_notice", Long.class);
        assertThat(http.get("/api/v1/security-notices/" + newId + "/osv.json").json().get("id").asString())
                .isEqualTo("SAMVIRKE-" + id);
        assertThat(jdbc.queryForObject("select count(*) from outgoing_mail", Integer.class)).isZero(); // nobody told
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
