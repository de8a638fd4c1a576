package dk.samvirke.web.history;

import dk.samvirke.history.History;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One change as a page shows it. {@code actor} (the e-mail address) is null unless an administrator
 * looks; everyone else sees {@code actorName}, the account's name, or null for the system itself.
 */
public record HistoryView(long id, LocalDateTime occurredAt, String actor, String actorName, String action,
        String recordType, long recordId, String recordKey, List<FieldChange> changes) {

    public boolean actorDeleted() {
        return History.DELETED_ACTOR.equals(actor);
    }

    /** The record's key is personal data and this reader may not see it. */
    public boolean keyWithheld() {
        return History.WITHHELD.equals(recordKey);
    }

    /**
     * @param label      the field's name in the page's language
     * @param beforeText the value before as a person reads it (dates in words, yes/no, secrets hidden)
     * @param afterText  the value after, likewise
     */
    public record FieldChange(String field, String before, String after, String label, String beforeText,
            String afterText) {

        public FieldChange(String field, String before, String after) {
            this(field, before, after, field, before, after);
        }

        public boolean withheld(String value) {
            return History.WITHHELD.equals(value);
        }

        /** The value was personal data of an account since deleted. */
        public boolean erased(String value) {
            return History.ERASED.equals(value);
        }
    }
}
