package dk.samvirke.web.organisations;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.organisations.OrganisationManagement;
import dk.samvirke.organisations.OrganisationManagement.InvalidOrganisationChangeException;
import dk.samvirke.organisations.OrganisationManagement.OrganisationNotFoundException;
import dk.samvirke.organisations.OrganisationManagement.OrganisationVersionConflictException;
import dk.samvirke.organisations.OrganisationPolicy;
import dk.samvirke.web.history.PageAccess;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The secretariat keeps an organisation's membership periods on its page (the same rules as {@code PUT …/memberships}). */
@Controller
class MembershipFormController {

    private final OrganisationManagement management;
    private final OrganisationQuery organisations;
    private final SelfService selfService;

    MembershipFormController(OrganisationManagement management, OrganisationQuery organisations, SelfService selfService) {
        this.management = management;
        this.organisations = organisations;
        this.selfService = selfService;
    }

    @PostMapping({"/organisationer/{key}/medlemskab", "/organisations/{key}/memberships"})
    ModelAndView save(@PathVariable String key, MembershipForm form, RedirectAttributes redirect) {
        var user = SignedInUser.current();
        if (user.isEmpty()) {
            return PageAccess.signIn();
        }
        if (!selfService.mayMaintainMemberships(user)) {
            return PageAccess.forbidden();
        }
        try {
            // Without the version the form was shown with, a change cannot prove it saw the latest periods.
            management.replaceMemberships(new OrganisationPolicy.Actor(true), key, form.periods(),
                    form.revision() == null ? -1L : form.revision());
        } catch (InvalidOrganisationChangeException e) {
            return organisationPage(key, form.withBlankRows(), MembershipForm.Errors.of(e.problems()), false);
        } catch (OrganisationVersionConflictException | ObjectOptimisticLockingFailureException e) {
            return organisationPage(key, form.withBlankRows(), MembershipForm.Errors.none(), true);
        } catch (OrganisationNotFoundException e) {
            return PageAccess.notFound();
        }
        redirect.addFlashAttribute("savedMemberships", true);
        return new ModelAndView("redirect:" + UriComponentsBuilder.fromPath("/organisationer/{key}")
                .fragment("details-heading").buildAndExpand(key).encode().toUriString());
    }

    /** The page again with the user's rows: what was wrong, or that someone else changed the periods meanwhile. */
    private ModelAndView organisationPage(String key, MembershipForm form, MembershipForm.Errors errors, boolean conflict) {
        var organisation = organisations.find(key, selfService.today());
        if (organisation.isEmpty()) {
            return PageAccess.notFound();
        }
        var model = new ExtendedModelMap();
        model.addAttribute("organisation", organisation.get());
        model.addAttribute("membershipForm", conflict ? form.withRevision(organisation.get().organisation().version()) : form);
        model.addAttribute("membershipErrors", errors);
        model.addAttribute("membershipConflict", conflict);
        selfService.addTo(model, organisation.get());
        var view = new ModelAndView("organisations/organisation", model);
        view.setStatus(conflict ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT);
        return view;
    }
}
