package dk.samvirke.harvest;

import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one queued job to its end. Whatever goes wrong with a repository ends in a failed job with a
 * message, never in an exception that would stop the scheduler's worker or the other repositories.
 */
@Component
class HarvestJobRunner {

    private static final Logger log = LoggerFactory.getLogger(HarvestJobRunner.class);
    private static final long REPORT_EVERY_MILLIS = 300;

    private final HarvestStore store;
    private final RepositoryHarvester harvester;

    HarvestJobRunner(HarvestStore store, RepositoryHarvester harvester) {
        this.store = store;
        this.harvester = harvester;
    }

    void run(long jobId) {
        var repositoryId = store.startJob(jobId);
        if (repositoryId.isEmpty()) {
            return; // removed, or already finished by a node that died before the scheduler heard of it
        }
        var repository = store.repository(repositoryId.get());
        if (repository.isEmpty()) {
            store.finishJob(jobId, false, "The repository is no longer registered");
            return;
        }
        try {
            String summary = harvester.harvest(repository.get(), throttled(jobId));
            store.finishJob(jobId, true, summary);
            store.recordOutcome(repository.get().id(), "succeeded", summary);
        } catch (Exception e) {
            String message = describe(e);
            log.warn("Harvest of {} failed: {}", repository.get().url(), message);
            store.finishJob(jobId, false, message);
            store.recordOutcome(repository.get().id(), "failed", message);
        }
    }

    private JobProgress throttled(long jobId) {
        return new JobProgress() {
            private long last;

            @Override
            public void report(double fraction, String message) {
                long now = System.currentTimeMillis();
                if (now - last >= REPORT_EVERY_MILLIS) {
                    last = now;
                    store.jobProgress(jobId, fraction, message);
                }
            }
        };
    }

    /** The messages of the cause chain, which for JGit name what failed and why, without stack traces. */
    static String describe(Throwable e) {
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable t = e; t != null && messages.size() < 4; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().strip();
            if (!message.isEmpty() && messages.stream().noneMatch(m -> m.contains(message))) {
                messages.add(message);
            }
        }
        return messages.isEmpty() ? e.getClass().getSimpleName() : String.join(": ", messages);
    }
}
