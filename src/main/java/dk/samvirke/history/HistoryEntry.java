package dk.samvirke.history;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One change to one record: who, when, what, and each changed field's value before → after.
 * {@code actor} is the e-mail address (or {@code system}, {@code bootstrap-admin}, {@link History#DELETED_ACTOR});
 * null where the reader may not see addresses. {@code actorName} is the account's name, or null when
 * there is no account (the system itself).
 */
public record HistoryEntry(long id, LocalDateTime occurredAt, String actor, String actorName, String action,
        String recordType, long recordId, String recordKey, Map<String, List<String>> changes) {
}
