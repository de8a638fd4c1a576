package dk.samvirke.web.admin;

import dk.samvirke.importing.DataPackageImporter;
import dk.samvirke.importing.FileSummary;
import dk.samvirke.importing.ImportOutcome;
import dk.samvirke.importing.ImportProblem;
import dk.samvirke.importing.ImportProgressListener;
import jakarta.annotation.PreDestroy;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Data package imports started from the browser, one at a time in the background, so the page can show
 * their progress (files read, checked, written) while they run. The importer is the one the API and
 * the command use; the job runs as the administrator who uploaded it, so the history names them.
 * Jobs live in this server's memory: the last {@link #KEPT} are kept, a restart forgets them (the
 * registry's history keeps what an import changed).
 */
@Component
class ImportJobs {

    static final int KEPT = 20;
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final DataPackageImporter importer;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "samvirke-browser-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

    ImportJobs(DataPackageImporter importer, Clock clock) {
        this.importer = importer;
        this.clock = clock;
    }

    Job start(String fileName, byte[] zip, String startedBy) {
        var job = new Job(UUID.randomUUID(), fileName, startedBy, now());
        jobs.put(job.id, job);
        forgetOld();
        executor.execute(DelegatingSecurityContextRunnable.create(() -> run(job, zip), SecurityContextHolder.getContext()));
        return job;
    }

    Optional<Job> find(UUID id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Newest first. */
    List<Job> recent() {
        var all = new ArrayList<>(jobs.values());
        all.sort((a, b) -> b.startedAt.compareTo(a.startedAt));
        return all;
    }

    List<Snapshot> recentSnapshots() {
        return recent().stream().map(Job::snapshot).toList();
    }

    private void run(Job job, byte[] zip) {
        job.state = State.RUNNING;
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
        }
    }

    /** UTC, as the pages say. */
    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }

    private void forgetOld() {
        var all = recent();
        all.stream().skip(KEPT).filter(Job::finished).forEach(j -> jobs.remove(j.id));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    enum State { WAITING, RUNNING, IMPORTED, REJECTED, FAILED }

    /** What a page shows of a job; see {@link Job#snapshot()}. */
    public record Snapshot(UUID id, String fileName, String startedBy, LocalDateTime startedAt, LocalDateTime finishedAt,
            String state, boolean finished, boolean validated, boolean changed, List<ImportProblem> problems,
            Map<String, Integer> read, Map<String, FileSummary> written) {
    }

    /** One import: where it stands, read by the page while the background thread writes it. */
    static final class Job implements ImportProgressListener {

        final UUID id;
        final String fileName;
        final String startedBy;
        final LocalDateTime startedAt;
        volatile LocalDateTime finishedAt;
        volatile State state = State.WAITING;
        volatile boolean validated;
        volatile int problemsFound;
        volatile boolean changed;
        volatile List<ImportProblem> problems = List.of();
        final Map<String, Integer> read = Collections.synchronizedMap(new LinkedHashMap<>());
        final Map<String, FileSummary> written = Collections.synchronizedMap(new LinkedHashMap<>());

        Job(UUID id, String fileName, String startedBy, LocalDateTime startedAt) {
            this.id = id;
            this.fileName = fileName;
            this.startedBy = startedBy;
            this.startedAt = startedAt;
        }

        @Override
        public void fileRead(String file, int records) {
            read.put(file, records);
        }

        @Override
        public void validated(int problems) {
            this.problemsFound = problems;
            this.validated = true;
        }

        @Override
        public void fileWritten(String file, FileSummary summary) {
            written.put(file, summary);
        }

        /**
         * The job as it stands now, read once: the page renders this, not the live job, so what it shows
         * agrees with itself (a state of "rejected" always with its problems).
         */
        Snapshot snapshot() {
            State now = state;
            boolean done = now == State.IMPORTED || now == State.REJECTED || now == State.FAILED;
            return new Snapshot(id, fileName, startedBy, startedAt, finishedAt, now.name().toLowerCase(java.util.Locale.ROOT),
                    done, validated || done, changed, done ? problems : List.of(), getRead(), getWritten());
        }

        boolean finished() {
            return state == State.IMPORTED || state == State.REJECTED || state == State.FAILED;
        }

        public UUID getId() {
            return id;
        }

        public String getFileName() {
            return fileName;
        }

        public String getStartedBy() {
            return startedBy;
        }

        public LocalDateTime getStartedAt() {
            return startedAt;
        }

        public LocalDateTime getFinishedAt() {
            return finishedAt;
        }

        public String getState() {
            return state.name().toLowerCase(java.util.Locale.ROOT);
        }

        public boolean isFinished() {
            return finished();
        }

        public boolean isValidated() {
            return validated;
        }

        public boolean isChanged() {
            return changed;
        }

        public List<ImportProblem> getProblems() {
            return problems;
        }

        public Map<String, Integer> getRead() {
            synchronized (read) {
                return new LinkedHashMap<>(read);
            }
        }

        public Map<String, FileSummary> getWritten() {
            synchronized (written) {
                return new LinkedHashMap<>(written);
            }
        }
    }
}
