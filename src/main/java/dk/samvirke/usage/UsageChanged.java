package dk.samvirke.usage;

/**
 * A usage was recorded or changed (its status, version or period): published in the change's transaction, for
 * other modules to react after it commits (security notices resolve themselves when the version leaves a range).
 */
public record UsageChanged(String organisation, String product) {
}
