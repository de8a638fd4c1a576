package dk.samvirke.history;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** One change to one record: who, when, what, and each changed field's value before → after. */
public record HistoryEntry(long id, LocalDateTime occurredAt, String actor, String action, String recordType,
        long recordId, String recordKey, Map<String, List<String>> changes) {
}
