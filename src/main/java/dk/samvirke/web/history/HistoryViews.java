package dk.samvirke.web.history;

import dk.samvirke.history.History;
import dk.samvirke.history.HistoryEntry;
import dk.samvirke.history.HistoryFilter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Reads the history for the pages; the history module decides what each reader sees of it. */
@Component
public class HistoryViews {

    private final History history;
    private final HistoryFormat format;

    HistoryViews(History history, HistoryFormat format) {
        this.history = history;
        this.format = format;
    }

    /** @param personalData whether the reader may see personal data (administrators) */
    public List<HistoryView> ofRecord(String recordType, long recordId, boolean personalData) {
        return views(history.ofRecord(recordType, recordId, personalData));
    }

    /** One page of the filtered log plus one entry more, which tells whether a next page exists. */
    public List<HistoryView> search(HistoryFilter filter, int offset, int limit) {
        return views(history.search(filter, offset, limit));
    }

    /** In the language of the page being answered. */
    private List<HistoryView> views(List<HistoryEntry> entries) {
        Locale locale = LocaleContextHolder.getLocale();
        return entries.stream()
                // An update of bookkeeping only (a topic's last activity) is no change anyone made.
                .filter(e -> !"update".equals(e.action()) || e.changes().isEmpty()
                        || e.changes().keySet().stream().anyMatch(format::shown))
                .map(e -> new HistoryView(e.id(), e.occurredAt(), e.actor(), e.actorName(), e.action(),
                e.recordType(), e.recordId(), e.recordKey(),
                e.changes().entrySet().stream()
                        .filter(c -> format.shown(c.getKey()))
                        .map(c -> format.change(c.getKey(), value(c.getValue(), 0), value(c.getValue(), 1), locale))
                        .toList()))
                .toList();
    }

    private static String value(List<String> beforeAfter, int index) {
        return beforeAfter == null || beforeAfter.size() <= index ? null : beforeAfter.get(index);
    }
}
