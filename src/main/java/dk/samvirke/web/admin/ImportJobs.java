package dk.samvirke.web.admin;

import dk.samvirke.importing.DataPackageImporter;
import dk.samvirke.importing.FileSummary;
import dk.samvirke.importing.ImportOutcome;
import dk.samvirke.importing.ImportProblem;
import dk.samvirke.importing.ImportProgressListener;
import jakarta.annotation.PreDestroy;
import java.io.ByteArrayInputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Data package imports started from the browser, one at a time per node in the background, so the page can show
 * their progress (files read, checked, written) while they run. The importer is the one the API and the command
 * use; the job runs as the administrator who uploaded it, so the history names them.
 *
 * <p>A job runs on the node that received the upload, but where it stands is kept in the database
 * ({@code import_job}), written at every step in a transaction of its own (the import's own transaction commits
 * only at the end, or never): the page and its polling may reach any node behind the load balancer. The last
 * {@link #KEPT} jobs are kept. A job whose node stopped while it ran is marked failed by that node as it stops,
 * or, if the node vanished, shown as failed once it has not moved for longer than an import may take.
 */
@Component
class ImportJobs {

    static final int KEPT = 20;
    /** Problems kept with a job for its page; the API's answer lists every one. */
    static final int PROBLEMS_KEPT = 1000;
    /** A kept problem's message is cut to this length (a message may quote a long value of the package). */
    static final int MESSAGE_LENGTH = 500;
    private static final int FILE_NAME_LENGTH = 300;
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Integer>> READ = new TypeReference<>() { };
    private static final TypeReference<LinkedHashMap<String, FileSummary>> WRITTEN = new TypeReference<>() { };
    private static final TypeReference<List<ImportProblem>> PROBLEMS = new TypeReference<>() { };
    private static final Set<State> DONE = Set.of(State.IMPORTED, State.REJECTED, State.FAILED);

    private final DataPackageImporter importer;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    /** How long a job may go without a step before it counts as lost with its node. */
    private final Duration lostAfter;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "samvirke-browser-import");
        thread.setDaemon(true);
        return thread;
    });
    /** This node's jobs not yet finished, to mark failed if the node stops under them. */
    private final Map<UUID, Job> running = new ConcurrentHashMap<>();

    ImportJobs(DataPackageImporter importer, Clock clock, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            @Value("${samvirke.import.timeout:10m}") Duration importTimeout) {
        this.importer = importer;
        this.clock = clock;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.lostAfter = importTimeout.plusMinutes(5);
    }

    Snapshot start(String uploadedName, byte[] zip, String startedBy) {
        // As the column holds it: a client may send a file name of any length, and with control characters (a NUL,
        // which PostgreSQL refuses in text).
        String fileName = cut(uploadedName.replaceAll("\\p{Cntrl}", "_"), FILE_NAME_LENGTH);
        var job = new Job(UUID.randomUUID(), fileName, startedBy, now());
        ownTransaction.executeWithoutResult(status -> {
            jdbc.update("insert into import_job (id, file_name, started_by, started_at, updated_at, state)"
                    + " values (?, ?, ?, ?, ?, ?)", job.id.toString(), fileName, startedBy,
                    Timestamp.valueOf(job.startedAt), Timestamp.valueOf(job.startedAt), code(State.WAITING));
            forgetOld();
        });
        running.put(job.id, job);
        executor.execute(DelegatingSecurityContextRunnable.create(() -> run(job, zip), SecurityContextHolder.getContext()));
        return find(job.id).orElseThrow();
    }

    Optional<Snapshot> find(UUID id) {
        return jdbc.query("select * from import_job where id = ?", this::snapshot, id.toString()).stream().findFirst();
    }

    /** Newest first. */
    List<Snapshot> recentSnapshots() {
        return jdbc.query("select * from import_job order by started_at desc, id fetch first " + KEPT + " rows only",
                this::snapshot);
    }

    private void run(Job job, byte[] zip) {
        job.state = State.RUNNING;
        job.save();
        try {
            var outcome = importer.importPackage(new ByteArrayInputStream(zip), job.fileName, job);
            if (outcome instanceof ImportOutcome.Imported imported) {
                job.written.putAll(imported.summary().files());
                job.changed = imported.summary().changed();
                job.state = State.IMPORTED;
            } else {
                job.problems = List.copyOf(((ImportOutcome.Rejected) outcome).problems());
                job.state = State.REJECTED;
            }
        } catch (RuntimeException e) {
            log.warn("An import from the browser failed", e);
            job.state = State.FAILED;
        } finally {
            job.finishedAt = now();
            job.save();
            running.remove(job.id);
        }
    }

    /** UTC, as the pages say. */
    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private void forgetOld() {
        jdbc.update("delete from import_job where finished_at is not null and id not in (select id from import_job"
                + " order by started_at desc, id fetch first " + KEPT + " rows only)");
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
        for (Job job : running.values()) {
            job.state = State.FAILED;
            job.finishedAt = now();
            try {
                job.save();
            } catch (RuntimeException e) {
                log.warn("Could not mark the interrupted import {} as failed: {}", job.id, e.getMessage());
            }
        }
    }

    private Snapshot snapshot(ResultSet row, int number) throws SQLException {
        State state = State.valueOf(row.getString("state").toUpperCase(Locale.ROOT));
        LocalDateTime updatedAt = row.getTimestamp("updated_at").toLocalDateTime();
        LocalDateTime finishedAt = Optional.ofNullable(row.getTimestamp("finished_at")).map(Timestamp::toLocalDateTime)
                .orElse(null);
        if (!DONE.contains(state) && updatedAt.plus(lostAfter).isBefore(now())) {
            state = State.FAILED; // its node went away while it ran; its transaction never committed
        }
        boolean done = DONE.contains(state);
        return new Snapshot(UUID.fromString(row.getString("id")), row.getString("file_name"), row.getString("started_by"),
                row.getTimestamp("started_at").toLocalDateTime(), finishedAt, code(state), done,
                row.getBoolean("validated") || done, row.getBoolean("changed"),
                done ? JSON.readValue(row.getString("problems"), PROBLEMS) : List.of(), row.getInt("problems_total"),
                JSON.readValue(row.getString("files_read"), READ), JSON.readValue(row.getString("files_written"), WRITTEN));
    }

    /** The first {@link #PROBLEMS_KEPT} problems, their file names and messages cut to {@link #MESSAGE_LENGTH}. */
    static List<ImportProblem> kept(List<ImportProblem> problems) {
        return problems.stream().limit(PROBLEMS_KEPT).map(p -> new ImportProblem(cut(p.file(), MESSAGE_LENGTH), p.line(),
                p.column(), cut(p.message(), MESSAGE_LENGTH))).toList();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static String code(State state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    enum State { WAITING, RUNNING, IMPORTED, REJECTED, FAILED }

    /**
     * What a page shows of a job, as the database had it when asked: a state of "rejected" always comes with its
     * problems. {@code problems} holds at most {@link #PROBLEMS_KEPT} of {@code problemsTotal}.
     */
    public record Snapshot(UUID id, String fileName, String startedBy, LocalDateTime startedAt, LocalDateTime finishedAt,
            String state, boolean finished, boolean validated, boolean changed, List<ImportProblem> problems,
            int problemsTotal, Map<String, Integer> read, Map<String, FileSummary> written) {

        /** The problems the page does not list. */
        public int problemsNotShown() {
            return problemsTotal - problems.size();
        }
    }

    /** One import on this node: the importer tells it each step, and it writes where the job stands. */
    private final class Job implements ImportProgressListener {

        final UUID id;
        final String fileName;
        final String startedBy;
        final LocalDateTime startedAt;
        LocalDateTime finishedAt;
        volatile State state = State.WAITING;
        boolean validated;
        boolean changed;
        List<ImportProblem> problems = List.of();
        final Map<String, Integer> read = new LinkedHashMap<>();
        final Map<String, FileSummary> written = new LinkedHashMap<>();

        Job(UUID id, String fileName, String startedBy, LocalDateTime startedAt) {
            this.id = id;
            this.fileName = fileName;
            this.startedBy = startedBy;
            this.startedAt = startedAt;
        }

        @Override
        public void fileRead(String file, int records) {
            read.put(file, records);
            save();
        }

        @Override
        public void validated(int problems) {
            this.validated = true;
            save();
        }

        @Override
        public void fileWritten(String file, FileSummary summary) {
            written.put(file, summary);
            save();
        }

        /** In a transaction of its own: called inside the import's, which must neither hold nor undo it. */
        synchronized void save() {
            ownTransaction.executeWithoutResult(status -> jdbc.update("update import_job set updated_at = ?,"
                    + " finished_at = ?, state = ?, validated = ?, changed = ?, files_read = ?, files_written = ?,"
                    + " problems = ?, problems_total = ? where id = ?", Timestamp.valueOf(now()),
                    finishedAt == null ? null : Timestamp.valueOf(finishedAt), code(state), validated, changed,
                    JSON.writeValueAsString(read), JSON.writeValueAsString(written),
                    JSON.writeValueAsString(kept(problems)),
                    problems.size(), id.toString()));
        }
    }
}
