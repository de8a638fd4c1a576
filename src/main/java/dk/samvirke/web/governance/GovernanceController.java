package dk.samvirke.web.governance;

import dk.samvirke.governance.CostSharingService;
import dk.samvirke.governance.GovernanceDirectory;
import dk.samvirke.organisations.OrganisationDirectory;
import dk.samvirke.organisations.OrganisationFilter;
import dk.samvirke.web.PageNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Governance's own pages: the association ({@code /foreningen}: board, general assembly, their decisions, the
 * membership fee, the members with their periods), each decision at its own address, and the numbers behind
 * a product's chart of its budget against what its users pay.
 */
@Controller
class GovernanceController {

    /** The association page lists this many members; the API has them all. */
    static final int MEMBERS = 500;

    private final GovernanceDirectory directory;
    private final CostSharingService costs;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    GovernanceController(GovernanceDirectory directory, CostSharingService costs, OrganisationDirectory organisations,
            Clock clock) {
        this.directory = directory;
        this.costs = costs;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping({"/foreningen", "/association"})
    String association(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("overview", directory.overview(null, today));
        model.addAttribute("year", today.getYear());
        model.addAttribute("fees", directory.overview(null, today).fees().stream()
                .filter(f -> f.year() == today.getYear()).toList());
        var members = organisations.list(new OrganisationFilter(null, true, true, today), PageRequest.of(0, MEMBERS));
        model.addAttribute("members", members.getContent());
        model.addAttribute("memberCount", members.getTotalElements());
        return "governance/association";
    }

    @GetMapping({"/beslutninger/{key}", "/decisions/{key}"})
    String decision(@PathVariable String key, Model model) {
        var decision = directory.decision(key).orElseThrow(() -> new PageNotFoundException("decision " + key));
        model.addAttribute("d", decision);
        return "governance/decision";
    }

    record YearPoint(int year, java.math.BigDecimal budget, java.math.BigDecimal paid) {
    }

    /** The product's chart: budget and what its users pay per year; the page's table holds the same. */
    @GetMapping(path = {"/produkter/{key}/styring/data", "/products/{key}/governance/data"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, List<YearPoint>> chart(@PathVariable String key) {
        if (!directory.productExists(key)) {
            throw new PageNotFoundException("product " + key);
        }
        return Map.of("perYear", costs.perYear(key).stream().map(y -> new YearPoint(y.year(), y.budget(), y.paid()))
                .toList());
    }
}
