package dk.samvirke.web.admin;

import dk.samvirke.web.history.HistoryView;
import dk.samvirke.web.history.HistoryViews;
import dk.samvirke.web.organisations.FieldErrors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** The whole history, filtered by record type, key, actor and dates; newest first, a page at a time. */
@Controller
class HistoryAdminController {

    static final int PAGE_SIZE = 25;
    static final List<String> TYPES = List.of("organisation", "product", "usage", "person", "participation", "account",
            "governance-body", "governance-decision", "product-stage", "governance-fee", "product-budget",
            "governance-requirement", "governance-report");

    private final HistoryViews history;

    HistoryAdminController(HistoryViews history) {
        this.history = history;
    }

    @GetMapping("/admin/historik")
    ModelAndView log(HistoryCriteria criteria) {
        var refusal = AdminAccess.refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (!criteria.validFrom()) {
            problems.put("from", "date");
        }
        if (!criteria.validTo()) {
            problems.put("to", "date");
        }
        var entries = problems.isEmpty()
                ? history.search(criteria.filter(), (criteria.page() - 1) * PAGE_SIZE, PAGE_SIZE + 1)
                : List.<HistoryView>of();
        boolean more = entries.size() > PAGE_SIZE;
        return new ModelAndView("admin/history")
                .addObject("criteria", criteria)
                .addObject("criteriaErrors", FieldErrors.of("history", problems))
                .addObject("types", TYPES)
                .addObject("entries", more ? entries.subList(0, PAGE_SIZE) : entries)
                .addObject("previous", criteria.page() > 1 ? criteria.hrefOfPage(criteria.page() - 1) : null)
                .addObject("next", more ? criteria.hrefOfPage(criteria.page() + 1) : null);
    }
}
