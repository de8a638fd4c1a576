package dk.samvirke.history;

import dk.samvirke.shared.Audited;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who sees personal data in the history: administrators do; everyone else sees that a field changed,
 * with {@link History#WITHHELD} for a value that was there, and no actor's e-mail address. Which fields
 * hold personal data each record declares itself ({@link Audited#personalFields()}), stored with each
 * entry, so the rule holds for entries of records that no longer exist.
 */
final class HistoryPrivacy {

    private HistoryPrivacy() {
    }

    /** The column's value of each set of fields: the same few sets, once per entry of a large import. */
    private static final Map<Set<String>, String> COLUMN = new java.util.concurrent.ConcurrentHashMap<>();

    static String personalFields(Audited record) {
        var fields = record.personalFields();
        return fields.isEmpty() ? null
                : COLUMN.computeIfAbsent(Set.copyOf(fields), f -> f.stream().sorted().collect(Collectors.joining(",")));
    }

    static Set<String> parse(String personalFields) {
        return personalFields == null || personalFields.isBlank() ? Set.of()
                : Set.copyOf(Arrays.asList(personalFields.split(",")));
    }

    /** The entry as a reader without the right to personal data sees it. */
    static HistoryEntry withoutPersonalData(HistoryEntry entry, Set<String> personalFields, boolean personalKey) {
        Map<String, List<String>> changes = new LinkedHashMap<>();
        entry.changes().forEach((field, values) -> changes.put(field,
                personalFields.contains(field) ? values.stream().map(HistoryPrivacy::withhold).toList() : values));
        String actor = History.NOT_PERSONAL_ACTORS.contains(entry.actor()) ? entry.actor() : null;
        return new HistoryEntry(entry.id(), entry.occurredAt(), actor, entry.actorName(), entry.action(),
                entry.recordType(), entry.recordId(), personalKey ? History.WITHHELD : entry.recordKey(), changes);
    }

    /**
     * The entry with the address gone: every personal value that mentions it, and, when the record was
     * keyed by the address (the person's own account), every personal value and the key's address.
     */
    static HistoryEntry erase(HistoryEntry entry, Set<String> personalFields, boolean personalKey, String address) {
        boolean own = personalKey && entry.recordKey().toLowerCase(Locale.ROOT).equals(address);
        Map<String, List<String>> changes = new LinkedHashMap<>();
        entry.changes().forEach((field, values) -> changes.put(field, !personalFields.contains(field) ? values
                : values.stream().map(v -> v != null && (own || v.toLowerCase(Locale.ROOT).contains(address))
                        ? History.ERASED : v).toList()));
        String key = personalKey ? Pattern.compile(Pattern.quote(address), Pattern.CASE_INSENSITIVE)
                .matcher(entry.recordKey()).replaceAll(History.ERASED) : entry.recordKey();
        return new HistoryEntry(entry.id(), entry.occurredAt(), entry.actor(), entry.actorName(), entry.action(),
                entry.recordType(), entry.recordId(), key, changes);
    }

    private static String withhold(String value) {
        return value == null ? null : History.WITHHELD;
    }
}
