package dk.samvirke.shared;

/**
 * The record was changed by someone else since the caller read it (its version, sent as If-Match or
 * a form's hidden field, is no longer current): nothing was overwritten.
 */
public class VersionConflictException extends RuntimeException {

    private final Long currentVersion;

    public VersionConflictException(String what, Long currentVersion) {
        super("The " + what + " was changed by someone else since you read it");
        this.currentVersion = currentVersion;
    }

    /** The version now in the database; empty when the record no longer exists. */
    public Long currentVersion() {
        return currentVersion;
    }
}
