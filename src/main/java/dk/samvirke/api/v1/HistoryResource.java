package dk.samvirke.api.v1;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.history.History;
import dk.samvirke.history.HistoryEntry;
import dk.samvirke.history.HistoryFilter;
import dk.samvirke.usage.Usage;
import dk.samvirke.usage.Usages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Who changed what, when: the whole log for administrators, one usage's history for anyone signed in. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "History", description = "Every change to the registry: who, when, what, before → after")
class HistoryResource {

    private final History history;
    private final Usages usages;

    HistoryResource(History history, Usages usages) {
        this.history = history;
        this.usages = usages;
    }

    /**
     * One change. {@code actor} is the e-mail address (administrators only; else null), {@code actorName}
     * the account's name; {@code changes} maps each changed field to [before, after]. Personal data (e-mail
     * addresses, people's names) only administrators see: for everyone else such a value, and a key that
     * is one, reads {@code (withheld)}.
     */
    record Change(long id, LocalDateTime occurredAt, String actor, String actorName, String action, String type,
            long recordId, String key, Map<String, List<String>> changes) {
    }

    /**
     * A page of the log, newest first. {@code hasMore} instead of a total: counting a growing log on
     * every page is what the history module does not offer yet.
     */
    record ChangePage(List<Change> items, int page, int size, boolean hasMore) {
    }

    @GetMapping("/history")
    @Operation(summary = "The history log, filtered (administrators only)")
    ChangePage search(
            @Parameter(description = "Record type: organisation, product, usage, person, participation, account, governance-body,"
                    + " governance-decision, product-stage, governance-fee, product-budget, governance-requirement,"
                    + " governance-report (and the other kinds the history holds)")
            @RequestParam(required = false) String type,
            @Parameter(description = "Part of the record's key, e.g. aarhus or os2mo")
            @RequestParam(required = false) String key,
            @Parameter(description = "Who acted: an e-mail address, system or bootstrap-admin")
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var user = user();
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Only administrators read the whole history");
        }
        var params = new PageRequestParams(page, size);
        var entries = history.search(new HistoryFilter(type, key, actor, from, to),
                Math.multiplyExact(params.page(), params.size()), params.size() + 1);
        boolean more = entries.size() > params.size();
        var shown = more ? entries.subList(0, params.size()) : entries;
        return new ChangePage(changes(shown), params.page(), params.size(), more);
    }

    @GetMapping("/organisations/{organisation}/usages/{product}/history")
    @Operation(summary = "Who changed this usage, when, and what (signed in)")
    List<Change> usageHistory(@PathVariable String organisation, @PathVariable String product) {
        var user = user();
        long id = usages.findByKeys(organisation, product).map(Usage::getId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No usage of '" + product + "' by '" + organisation + "'"));
        return changes(history.ofRecord("usage", id, user.isAdmin()));
    }

    private static List<Change> changes(List<HistoryEntry> entries) {
        return entries.stream().map(e -> new Change(e.id(), e.occurredAt(), e.actor(), actorName(e), e.action(),
                e.recordType(), e.recordId(), e.recordKey(), e.changes())).toList();
    }

    private static String actorName(HistoryEntry entry) {
        if (entry.actorName() != null) {
            return entry.actorName();
        }
        return History.DELETED_ACTOR.equals(entry.actor()) ? "deleted user" : "system";
    }

    private static SignedInUser user() {
        return SignedInUser.current()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in first"));
    }
}
