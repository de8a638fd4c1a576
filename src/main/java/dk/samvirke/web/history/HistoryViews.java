package dk.samvirke.web.history;

import dk.samvirke.history.History;
import dk.samvirke.history.HistoryEntry;
import dk.samvirke.history.HistoryFilter;
import dk.samvirke.web.history.HistoryView.FieldChange;
import java.util.List;
import org.springframework.stereotype.Component;

/** Reads the history for the pages; the history module decides what each reader sees of it. */
@Component
public class HistoryViews {

    private final History history;

    HistoryViews(History history) {
        this.history = history;
    }

    /** @param personalData whether the reader may see personal data (administrators) */
    public List<HistoryView> ofRecord(String recordType, long recordId, boolean personalData) {
        return views(history.ofRecord(recordType, recordId, personalData));
    }

    /** One page of the filtered log plus one entry more, which tells whether a next page exists. */
    public List<HistoryView> search(HistoryFilter filter, int offset, int limit) {
        return views(history.search(filter, offset, limit));
    }

    private static List<HistoryView> views(List<HistoryEntry> entries) {
        return entries.stream().map(e -> new HistoryView(e.id(), e.occurredAt(), e.actor(), e.actorName(), e.action(),
                e.recordType(), e.recordId(), e.recordKey(),
                e.changes().entrySet().stream()
                        .map(c -> new FieldChange(c.getKey(), value(c.getValue(), 0), value(c.getValue(), 1)))
                        .toList()))
                .toList();
    }

    private static String value(List<String> beforeAfter, int index) {
        return beforeAfter == null || beforeAfter.size() <= index ? null : beforeAfter.get(index);
    }
}
