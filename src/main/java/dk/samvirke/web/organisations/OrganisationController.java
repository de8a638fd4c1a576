package dk.samvirke.web.organisations;

import dk.samvirke.web.PageNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class OrganisationController {

    private final OrganisationQuery organisations;
    private final SelfService selfService;
    private final Clock clock;

    OrganisationController(OrganisationQuery organisations, SelfService selfService, Clock clock) {
        this.organisations = organisations;
        this.selfService = selfService;
        this.clock = clock;
    }

    @GetMapping({"/organisationer", "/organisations"})
    String list(OrganisationCriteria criteria, Model model) {
        model.addAttribute("list", organisations.list(criteria, LocalDate.now(clock)));
        return "organisations/list";
    }

    @GetMapping({"/organisationer/{key}", "/organisations/{key}"})
    String organisation(@PathVariable String key, Model model) {
        var page = organisations.find(key, LocalDate.now(clock))
                .orElseThrow(() -> new PageNotFoundException("organisation " + key));
        model.addAttribute("organisation", page);
        selfService.addTo(model, page);
        return "organisations/organisation";
    }
}
