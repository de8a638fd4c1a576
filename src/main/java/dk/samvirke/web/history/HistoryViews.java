package dk.samvirke.web.history;

import dk.samvirke.accounts.Account;
import dk.samvirke.accounts.Accounts;
import dk.samvirke.history.History;
import dk.samvirke.history.HistoryEntry;
import dk.samvirke.history.HistoryFilter;
import dk.samvirke.web.history.HistoryView.FieldChange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the history for the pages and names the actors, so the pages never need to show an e-mail address. */
@Component
public class HistoryViews {

    private final History history;
    private final Accounts accounts;

    HistoryViews(History history, Accounts accounts) {
        this.history = history;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public List<HistoryView> ofRecord(String recordType, long recordId, boolean withAddresses) {
        return views(history.ofRecord(recordType, recordId), withAddresses);
    }

    /** One page of the filtered log plus one entry more, which tells whether a next page exists. */
    @Transactional(readOnly = true)
    public List<HistoryView> search(HistoryFilter filter, int offset, int limit) {
        return views(history.search(filter, offset, limit), true);
    }

    private List<HistoryView> views(List<HistoryEntry> entries, boolean withAddresses) {
        Map<String, String> names = new HashMap<>();
        return entries.stream().map(e -> new HistoryView(e.id(), e.occurredAt(), withAddresses ? e.actor() : null,
                names.computeIfAbsent(e.actor(), this::nameOf), e.action(), e.recordType(), e.recordId(), e.recordKey(),
                e.changes().entrySet().stream()
                        .map(c -> new FieldChange(c.getKey(), value(c.getValue(), 0), value(c.getValue(), 1)))
                        .toList()))
                .toList();
    }

    /** Null for the system (imports, start-up): the page says "system" in the reader's language. */
    private String nameOf(String actor) {
        if ("bootstrap-admin".equals(actor)) {
            return "Administrator";
        }
        return accounts.findByEmail(actor).map(Account::getName).orElse(null);
    }

    private static String value(List<String> beforeAfter, int index) {
        return beforeAfter == null || beforeAfter.size() <= index ? null : beforeAfter.get(index);
    }
}
