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

    AdminHarvestController(HarvestJobsQuery jobs) {
        this.jobs = jobs;
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
        model.addAttribute("jobs", jobs.newest());
        model.addAttribute("updatedAt", LocalDateTime.now(ZoneOffset.UTC));
    }

    /** Here, not in the site's error advice: that one answers every unknown exception with a 500 page. */
    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden() {
        return Forbidden.page();
    }
}
