package dk.samvirke.web.harvest;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.web.catalogue.Forbidden;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * All harvest jobs with their state and progress, for administrators. htmx swaps in the table every
 * two seconds; without JavaScript the page has a plain link to load it again.
 */
@Controller
class AdminHarvestController {

    private final HarvestJobsQuery jobs;
    private final HarvestMessages messages;

    AdminHarvestController(HarvestJobsQuery jobs, HarvestMessages messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    @GetMapping({"/admin/hoest", "/admin/harvest"})
    String page(Model model) {
        fill(model);
        return "harvest/jobs";
    }

    @GetMapping({"/admin/hoest/_partial", "/admin/harvest/_partial"})
    String partial(Model model) {
        fill(model);
        return "harvest/_jobs :: jobs";
    }

    private void fill(Model model) {
        if (!SignedInUser.current().map(SignedInUser::isAdmin).orElse(false)) {
            throw new AccessDeniedException("Only administrators see the harvest jobs");
        }
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        // The harvester's progress and summaries in the page's language.
        model.addAttribute("jobs", jobs.newest().stream().map(j -> new HarvestJobRow(j.id(), j.productKey(), j.productName(),
                j.repositoryUrl(), j.state(), j.percent(), messages.text(j.message(), locale), j.createdAt(),
                messages.knows(j.message()) ? null : "en")).toList());
        model.addAttribute("updatedAt", LocalDateTime.now(ZoneOffset.UTC));
    }

    /** Here, not in the site's error advice: that one answers every unknown exception with a 500 page. */
    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden() {
        return Forbidden.page();
    }
}
