package dk.samvirke.harvest;

import org.eclipse.jgit.lib.ProgressMonitor;

/** Turns JGit's fetch progress into a share of the job's progress, and stops the fetch at the deadline. */
final class FetchMonitor implements ProgressMonitor {

    private final JobProgress progress;
    private final Deadline deadline;
    private final double from;
    private final double to;
    private String task = "Fetching";
    private int total;
    private long done;

    FetchMonitor(JobProgress progress, Deadline deadline, double from, double to) {
        this.progress = progress;
        this.deadline = deadline;
        this.from = from;
        this.to = to;
    }

    @Override
    public void start(int totalTasks) {
    }

    @Override
    public void beginTask(String title, int totalWork) {
        task = title;
        total = totalWork;
        done = 0;
        progress.report(from, title);
    }

    @Override
    public void update(int completed) {
        done += completed;
        if (total > 0) {
            progress.report(from + (to - from) * Math.min(1.0, (double) done / total), task);
        }
    }

    @Override
    public void endTask() {
    }

    @Override
    public boolean isCancelled() {
        return deadline.passed();
    }

    @Override
    public void showDuration(boolean enabled) {
    }
}
