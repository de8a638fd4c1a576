package dk.samvirke.history;

import java.time.LocalDate;

/** What an administrator narrows the history to; every field may be empty. */
public record HistoryFilter(String recordType, String recordKey, String actor, LocalDate from, LocalDate to) {
}
