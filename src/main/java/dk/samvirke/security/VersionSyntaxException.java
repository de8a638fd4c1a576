package dk.samvirke.security;

/** A version or range that does not follow interfaces.md §10; the message says which part and why. */
public class VersionSyntaxException extends IllegalArgumentException {

    public VersionSyntaxException(String message) {
        super(message);
    }
}
