package dk.samvirke.web.organisations;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.people.ParticipationManagement;
import dk.samvirke.people.ParticipationManagement.ParticipationNotFoundException;
import dk.samvirke.people.ParticipationManagement.ParticipationValidationException;
import dk.samvirke.people.ParticipationManagement.ParticipationVersionConflictException;
import dk.samvirke.people.PeopleDirectory;
import dk.samvirke.web.history.PageAccess;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The participations of the organisation's people — add, change, end, remove — by the organisation's
 * administrators, with the same rules as the API and the importer. Someone who left and came back gets a
 * new participation beside the old one.
 */
@Controller
@RequestMapping({"/organisationer/{key}/deltagelser", "/organisations/{key}/participations"})
class ParticipationFormController {

    private final ParticipationManagement management;
    private final PeopleDirectory directory;
    private final OrganisationQuery organisations;
    private final SelfService selfService;

    ParticipationFormController(ParticipationManagement management, PeopleDirectory directory,
            OrganisationQuery organisations, SelfService selfService) {
        this.management = management;
        this.directory = directory;
        this.organisations = organisations;
        this.selfService = selfService;
    }

    @PostMapping
    ModelAndView add(@PathVariable String key, ParticipationForm form, RedirectAttributes redirect) {
        var user = SignedInUser.current();
        var refusal = refusal(user, key);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        try {
            management.add(user.get(), key, form.change());
        } catch (ParticipationValidationException e) {
            return organisationPage(key, form, FieldErrors.of("participation", e.problems()));
        }
        return saved(key, redirect);
    }

    @GetMapping("/{id}")
    ModelAndView edit(@PathVariable String key, @PathVariable long id) {
        var refusal = refusal(SignedInUser.current(), key);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        return directory.participation(key, id, selfService.today())
                .map(p -> editPage(key, id, ParticipationForm.of(p), FieldErrors.none(), null))
                .orElseGet(PageAccess::notFound);
    }

    @PostMapping("/{id}")
    ModelAndView update(@PathVariable String key, @PathVariable long id, ParticipationForm posted,
            RedirectAttributes redirect) {
        var user = SignedInUser.current();
        var refusal = refusal(user, key);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var current = directory.participation(key, id, selfService.today());
        if (current.isEmpty()) {
            return PageAccess.notFound();
        }
        // The address names the participation, and with it the person: a person field cannot move it.
        var form = new ParticipationForm(current.get().email(), posted.product(), posted.role(), posted.allocation(),
                posted.since(), posted.until(), posted.revision());
        try {
            management.update(user.get(), key, id, form.change(), form.revision() == null ? -1L : form.revision());
        } catch (ParticipationValidationException e) {
            return editPage(key, id, form, FieldErrors.of("participation", e.problems()), null);
        } catch (ParticipationVersionConflictException | ObjectOptimisticLockingFailureException e) {
            return conflict(key, id, form);
        } catch (ParticipationNotFoundException e) {
            return PageAccess.notFound();
        }
        return saved(key, redirect);
    }

    @PostMapping("/{id}/slet")
    ModelAndView remove(@PathVariable String key, @PathVariable long id, ParticipationForm posted,
            RedirectAttributes redirect) {
        var user = SignedInUser.current();
        var refusal = refusal(user, key);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        try {
            management.remove(user.get(), key, id, posted.revision() == null ? -1L : posted.revision());
        } catch (ParticipationVersionConflictException | ObjectOptimisticLockingFailureException e) {
            var current = directory.participation(key, id, selfService.today());
            return current.isEmpty() ? PageAccess.notFound() : conflict(key, id, ParticipationForm.of(current.get()));
        } catch (ParticipationNotFoundException e) {
            return PageAccess.notFound();
        }
        redirect.addFlashAttribute("removedParticipation", true);
        return redirectToParticipations(key);
    }

    private Optional<ModelAndView> refusal(Optional<SignedInUser> user, String key) {
        if (user.isEmpty()) {
            return Optional.of(PageAccess.signIn());
        }
        return selfService.mayMaintainPeople(user, key) ? Optional.empty() : Optional.of(PageAccess.forbidden());
    }

    private ModelAndView conflict(String key, long id, ParticipationForm form) {
        var current = directory.participation(key, id, selfService.today());
        if (current.isEmpty()) {
            return PageAccess.notFound();
        }
        var theirs = ParticipationForm.of(current.get());
        var view = editPage(key, id, form.withRevision(theirs.revision()), FieldErrors.none(), theirs);
        view.setStatus(HttpStatus.CONFLICT);
        return view;
    }

    private ModelAndView saved(String key, RedirectAttributes redirect) {
        redirect.addFlashAttribute("savedParticipation", true);
        return redirectToParticipations(key);
    }

    private static ModelAndView redirectToParticipations(String key) {
        return new ModelAndView("redirect:" + UriComponentsBuilder.fromPath("/organisationer/{key}")
                .fragment("participations-heading").buildAndExpand(key).encode().toUriString());
    }

    private ModelAndView editPage(String key, long id, ParticipationForm form, FieldErrors errors,
            ParticipationForm theirs) {
        var organisation = organisations.find(key, selfService.today());
        if (organisation.isEmpty()) {
            return PageAccess.notFound();
        }
        var model = new ExtendedModelMap();
        model.addAttribute("organisation", organisation.get());
        model.addAttribute("participationId", id);
        model.addAttribute("participationForm", form);
        model.addAttribute("participationErrors", errors);
        model.addAttribute("participationConflict", theirs);
        selfService.addParticipationOptions(model, selfService.registryPeople(key));
        var view = new ModelAndView("organisations/participation", model);
        if (!errors.isEmpty()) {
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return view;
    }

    private ModelAndView organisationPage(String key, ParticipationForm form, FieldErrors errors) {
        var organisation = organisations.find(key, selfService.today());
        if (organisation.isEmpty()) {
            return PageAccess.notFound();
        }
        var model = new ExtendedModelMap();
        model.addAttribute("organisation", organisation.get());
        model.addAttribute("participationForm", form);
        model.addAttribute("participationErrors", errors);
        selfService.addTo(model, organisation.get());
        var view = new ModelAndView("organisations/organisation", model);
        view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return view;
    }
}
