package dk.samvirke.shared;

import java.util.Set;

/** A record whose every change is kept in the history: who, when, what, before → after. */
public interface Audited {

    /** The kind of record, e.g. {@code organisation}, as shown in the history and used to filter it. */
    String auditType();

    /** How people recognise the record, e.g. its key; stays readable after the record is deleted. */
    String auditKey();

    /**
     * The fields whose values are personal data (an e-mail address, a person's name): the history shows
     * them to administrators only; everyone else sees that they changed.
     */
    default Set<String> personalFields() {
        return Set.of();
    }

    /** Whether {@link #auditKey()} itself is personal data (an e-mail address). */
    default boolean auditKeyIsPersonal() {
        return false;
    }
}
