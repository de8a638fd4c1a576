package dk.samvirke.harvest;

/** A harvest job as the API shows it: state {@code queued}, {@code running}, {@code succeeded} or {@code failed}. */
public record JobStatus(long id, String state, double progress, String message) {
}
