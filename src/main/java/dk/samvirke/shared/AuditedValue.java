package dk.samvirke.shared;

/** A value the history writes as {@link #auditValue()} rather than its {@code toString()}. */
public interface AuditedValue {

    String auditValue();
}
