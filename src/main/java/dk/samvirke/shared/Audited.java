package dk.samvirke.shared;

/** A record whose every change is kept in the history: who, when, what, before → after. */
public interface Audited {

    /** The kind of record, e.g. {@code organisation}, as shown in the history and used to filter it. */
    String auditType();

    /** How people recognise the record, e.g. its key; stays readable after the record is deleted. */
    String auditKey();
}
