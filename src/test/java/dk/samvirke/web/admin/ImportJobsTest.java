package dk.samvirke.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.importing.DataPackageImporter;
import dk.samvirke.importing.FileSummary;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Imports from the browser run on the node that got the upload, and every node shows where they stand: two
 * {@link ImportJobs} on one database stand for two nodes behind a load balancer.
 */
@IntegrationTest
class ImportJobsTest {

    @Autowired
    DataPackageImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    ImportJobs first;
    ImportJobs second;

    @BeforeEach
    void nodes() {
        RegistryCleaner.clean(jdbc);
        jdbc.update("delete from import_job");
        first = new ImportJobs(importer, clock, jdbc, transactions, Duration.ofMinutes(10));
        second = new ImportJobs(importer, clock, jdbc, transactions, Duration.ofMinutes(10));
    }

    @AfterEach
    void clean() {
        first.stop();
        second.stop();
        RegistryCleaner.clean(jdbc);
        jdbc.update("delete from import_job");
    }

    @Test
    void aJobStartedOnOneNodeIsFollowedOnTheOtherToItsEnd() throws Exception {
        var started = first.start("pakke.zip", zip("organisations.csv", """
                key,name,type,country,municipality_code
                qvarnby,Qvarnby Kommune,municipality,DK,998
                """), "admin@example.dk");

        assertThat(second.find(started.id())).get().extracting(ImportJobs.Snapshot::fileName,
                ImportJobs.Snapshot::startedBy).containsExactly("pakke.zip", "admin@example.dk");
        var done = finished(second, started.id());
        assertThat(done.state()).isEqualTo("imported");
        assertThat(done.changed()).isTrue();
        assertThat(done.read()).containsEntry("organisations.csv", 1);
        assertThat(done.written()).containsEntry("organisations.csv", new FileSummary(1, 0, 0));
        assertThat(second.recentSnapshots()).extracting(ImportJobs.Snapshot::id).containsExactly(started.id());
    }

    @Test
    void aRejectedJobKeepsItsFirstProblemsAndCountsTheRest() throws Exception {
        var rows = new StringBuilder("key,name,type\n");
        for (int i = 0; i < ImportJobs.PROBLEMS_KEPT + 5; i++) {
            rows.append("org-").append(i).append(",Org ").append(i).append(",no-such-type\n");
        }
        var started = first.start("bad.zip", zip("organisations.csv", rows.toString()), "admin@example.dk");

        var done = finished(second, started.id());
        assertThat(done.state()).isEqualTo("rejected");
        assertThat(done.problems()).hasSize(ImportJobs.PROBLEMS_KEPT);
        assertThat(done.problems().get(0).file()).isEqualTo("organisations.csv");
        assertThat(done.problemsTotal()).isEqualTo(ImportJobs.PROBLEMS_KEPT + 5);
        assertThat(done.problemsNotShown()).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from organisation", Integer.class)).isZero();
    }

    @Test
    void aJobWhoseNodeVanishedShowsAsFailedOnceItCouldNoLongerBeRunning() {
        String id = UUID.randomUUID().toString();
        var anHourAgo = java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusHours(1));
        jdbc.update("insert into import_job (id, file_name, started_at, updated_at, state) values (?, 'gone.zip', ?, ?,"
                + " 'running')", id, anHourAgo, anHourAgo);

        var shown = second.find(UUID.fromString(id)).orElseThrow();
        assertThat(shown.state()).isEqualTo("failed");
        assertThat(shown.finished()).isTrue();
    }

    @Test
    void onlyTheNewestJobsAreKept() throws Exception {
        UUID last = null;
        for (int i = 0; i <= ImportJobs.KEPT; i++) {
            last = first.start("p" + i + ".zip", zip("organisations.csv", "key,name,type\n"), null).id();
            finished(first, last);
        }
        assertThat(jdbc.queryForObject("select count(*) from import_job", Integer.class)).isEqualTo(ImportJobs.KEPT);
        assertThat(second.recentSnapshots()).hasSize(ImportJobs.KEPT).first()
                .extracting(ImportJobs.Snapshot::id).isEqualTo(last);
    }

    @Test
    void aLongFileNameAndLongProblemsAreKeptCut() throws Exception {
        var started = first.start("p\u0000\n" + "p".repeat(400) + ".zip", zip("organisations.csv", "key,name,type\n"), null);
        assertThat(started.fileName()).hasSize(300).startsWith("p__ppp").endsWith("…");
        assertThat(finished(second, started.id()).state()).isEqualTo("imported");

        var kept = ImportJobs.kept(java.util.List.of(new dk.samvirke.importing.ImportProblem("x".repeat(600), 2, "key",
                "'" + "k".repeat(2000) + "' is not a key"), new dk.samvirke.importing.ImportProblem("a.csv", 3, null, "short")));
        assertThat(kept.get(0).file()).hasSize(ImportJobs.MESSAGE_LENGTH).endsWith("…");
        assertThat(kept.get(0).message()).hasSize(ImportJobs.MESSAGE_LENGTH).startsWith("'kkk").endsWith("…");
        assertThat(kept.get(0).line()).isEqualTo(2);
        assertThat(kept.get(1)).isEqualTo(new dk.samvirke.importing.ImportProblem("a.csv", 3, null, "short"));
    }

    private static ImportJobs.Snapshot finished(ImportJobs node, UUID id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            var job = node.find(id).orElseThrow();
            if (job.finished()) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import " + id + " did not finish within 30 s");
    }

    private static byte[] zip(String name, String content) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
