package dk.samvirke.harvest;

/** Where a running harvest reports how far it got (0..1) and what it is doing. */
@FunctionalInterface
interface JobProgress {

    JobProgress NONE = (fraction, message) -> { };

    void report(double fraction, String message);
}
