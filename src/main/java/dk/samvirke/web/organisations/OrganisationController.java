package dk.samvirke.web.organisations;

import dk.samvirke.web.PageNotFoundException;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class OrganisationController {

    private final OrganisationQuery organisations;
    private final SelfService selfService;

    OrganisationController(OrganisationQuery organisations, SelfService selfService) {
        this.organisations = organisations;
        this.selfService = selfService;
    }

    @GetMapping({"/organisationer", "/organisations"})
    String list(OrganisationCriteria criteria, Model model) {
        model.addAttribute("list", organisations.list(criteria, LocalDate.now()));
        return "organisations/list";
    }

    @GetMapping({"/organisationer/{key}", "/organisations/{key}"})
    String organisation(@PathVariable String key, Model model) {
        var page = organisations.find(key, LocalDate.now())
                .orElseThrow(() -> new PageNotFoundException("organisation " + key));
        model.addAttribute("organisation", page);
        selfService.addTo(model, page);
        return "organisations/organisation";
    }
}
