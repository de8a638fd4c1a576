package dk.samvirke.web.history;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One change as a page shows it. {@code actor} (the e-mail address) is null unless an administrator
 * looks; everyone else sees {@code actorName}, the account's name, or null for the system itself.
 */
public record HistoryView(long id, LocalDateTime occurredAt, String actor, String actorName, String action,
        String recordType, long recordId, String recordKey, List<FieldChange> changes) {

    public record FieldChange(String field, String before, String after) {
    }
}
