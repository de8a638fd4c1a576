package dk.samvirke.importing;

/** What a file's write did with its records: created, updated and unchanged. */
final class Counter {

    int created;
    int updated;
    int unchanged;

    /** Counts an existing record; true when it needs an update. */
    boolean count(boolean same) {
        if (same) {
            unchanged++;
        } else {
            updated++;
        }
        return !same;
    }

    FileSummary summary() {
        return new FileSummary(created, updated, unchanged);
    }
}
