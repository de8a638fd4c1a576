package dk.samvirke.web.admin;

import dk.samvirke.organisations.OrganisationDirectory;
import dk.samvirke.organisations.OrganisationManagement;
import dk.samvirke.organisations.OrganisationManagement.InvalidOrganisationChangeException;
import dk.samvirke.organisations.OrganisationManagement.MergeChange;
import dk.samvirke.organisations.OrganisationPolicy;
import dk.samvirke.organisations.OrganisationView;
import dk.samvirke.web.history.PageAccess;
import dk.samvirke.web.organisations.FieldErrors;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Merging an organisation into another (interfaces.md §8), for administrators: choose the organisation
 * that takes over and the day, see what moves, then confirm. The same operation as
 * {@code POST /api/v1/admin/organisations/{key}/merge}.
 */
@Controller
class MergeAdminController {

    /** How many organisations the form offers to choose from. */
    static final int CHOICES = 500;
    private static final OrganisationPolicy.Actor ADMIN = new OrganisationPolicy.Actor(true);

    private final OrganisationManagement management;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    MergeAdminController(OrganisationManagement management, OrganisationDirectory organisations, Clock clock) {
        this.management = management;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The form; with {@code into} and {@code on} (the form's GET), the preview of what the merger does. */
    @GetMapping({"/admin/organisationer/{key}/sammenlaeg", "/admin/organisations/{key}/merge"})
    ModelAndView form(@PathVariable String key, @RequestParam(required = false) String into,
            @RequestParam(required = false) String on) {
        var refusal = AdminAccess.refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var organisation = organisations.find(key);
        if (organisation.isEmpty()) {
            return PageAccess.notFound();
        }
        var view = page(organisation.get(), into, on);
        if (into == null && on == null) {
            return view;
        }
        try {
            view.addObject("preview", management.previewMerge(ADMIN, key, new MergeChange(into, on)));
        } catch (InvalidOrganisationChangeException e) {
            view.addObject("mergeErrors", FieldErrors.of("merge", e.problems()));
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return view;
    }

    @PostMapping({"/admin/organisationer/{key}/sammenlaeg", "/admin/organisations/{key}/merge"})
    ModelAndView merge(@PathVariable String key, @RequestParam(required = false) String into,
            @RequestParam(required = false) String on, RedirectAttributes redirect) {
        var refusal = AdminAccess.refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var organisation = organisations.find(key);
        if (organisation.isEmpty()) {
            return PageAccess.notFound();
        }
        try {
            var outcome = management.merge(ADMIN, key, new MergeChange(into, on));
            redirect.addFlashAttribute("merged", outcome);
        } catch (InvalidOrganisationChangeException e) {
            var view = page(organisation.get(), into, on).addObject("mergeErrors", FieldErrors.of("merge", e.problems()));
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return view;
        }
        return new ModelAndView("redirect:" + UriComponentsBuilder.fromPath("/organisationer/{key}").buildAndExpand(key)
                .encode().toUriString());
    }

    private ModelAndView page(OrganisationView organisation, String into, String on) {
        LocalDate today = LocalDate.now(clock);
        return new ModelAndView("admin/merge")
                .addObject("organisation", organisation)
                .addObject("choices", organisations.notDissolved(organisation.type(), today, CHOICES).stream()
                        .filter(o -> !o.key().equals(organisation.key())).toList())
                .addObject("into", into)
                .addObject("on", on)
                .addObject("mergeErrors", FieldErrors.none());
    }
}
