package dk.samvirke.web.organisations;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.people.PeopleManagement;
import dk.samvirke.people.PeopleManagement.PersonExistsException;
import dk.samvirke.people.PeopleManagement.PersonNotFoundException;
import dk.samvirke.people.PeopleManagement.PersonValidationException;
import dk.samvirke.people.PeopleManagement.PersonVersionConflictException;
import dk.samvirke.web.history.PageAccess;
import java.time.Clock;
import java.time.LocalDate;
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

/** The organisation's people in the registry: add, change, remove, by the organisation's administrators. */
@Controller
@RequestMapping({"/organisationer/{key}/personer", "/organisations/{key}/people"})
class PeopleFormController {

    private final PeopleManagement people;
    private final OrganisationQuery organisations;
    private final SelfService selfService;
    private final Clock clock;

    PeopleFormController(PeopleManagement people, OrganisationQuery organisations, SelfService selfService, Clock clock) {
        this.people = people;
        this.organisations = organisations;
        this.selfService = selfService;
        this.clock = clock;
    }

    @PostMapping
    ModelAndView add(@PathVariable String key, PersonForm form, RedirectAttributes redirect) {
        var user = SignedInUser.current();
        if (user.isEmpty()) {
            return PageAccess.signIn();
        }
        if (!selfService.mayMaintainPeople(user, key)) {
            return PageAccess.forbidden();
        }
        try {
            people.add(user.get(), key, form.change());
        } catch (PersonValidationException e) {
            return organisationPage(key, form, FieldErrors.of("person", e.problems()), HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (PersonExistsException e) {
            return organisationPage(key, form, FieldErrors.one("person", "email", "exists"), HttpStatus.CONFLICT);
        } catch (PersonNotFoundException e) {
            return PageAccess.notFound();
        }
        return saved(key, redirect);
    }

    @GetMapping("/{email}")
    ModelAndView edit(@PathVariable String key, @PathVariable String email) {
        var user = SignedInUser.current();
        if (user.isEmpty()) {
            return PageAccess.signIn();
        }
        if (!selfService.mayMaintainPeople(user, key)) {
            return PageAccess.forbidden();
        }
        try {
            return editPage(key, PersonForm.of(people.find(user.get(), key, email)), FieldErrors.none(), null);
        } catch (PersonNotFoundException e) {
            return PageAccess.notFound();
        }
    }

    @PostMapping("/{email}")
    ModelAndView update(@PathVariable String key, @PathVariable String email, PersonForm posted,
            RedirectAttributes redirect) {
        var user = SignedInUser.current();
        if (user.isEmpty()) {
            return PageAccess.signIn();
        }
        if (!selfService.mayMaintainPeople(user, key)) {
            return PageAccess.forbidden();
        }
        // The address names the person; an e-mail field in the body must not re-key them.
        var form = new PersonForm(email, posted.name(), posted.title(), posted.revision());
        try {
            people.update(user.get(), key, email, form.change(), form.revision() == null ? -1L : form.revision());
        } catch (PersonValidationException e) {
            return editPage(key, form, FieldErrors.of("person", e.problems()), null);
        } catch (PersonVersionConflictException | ObjectOptimisticLockingFailureException e) {
            return conflict(user.get(), key, email, form);
        } catch (PersonNotFoundException e) {
            return PageAccess.notFound();
        }
        return saved(key, redirect);
    }

    @PostMapping("/{email}/slet")
    ModelAndView remove(@PathVariable String key, @PathVariable String email, PersonForm posted,
            RedirectAttributes redirect) {
        var user = SignedInUser.current();
        if (user.isEmpty()) {
            return PageAccess.signIn();
        }
        if (!selfService.mayMaintainPeople(user, key)) {
            return PageAccess.forbidden();
        }
        try {
            people.remove(user.get(), key, email, posted.revision());
        } catch (PersonVersionConflictException | ObjectOptimisticLockingFailureException e) {
            return conflict(user.get(), key, email, new PersonForm(email, posted.name(), posted.title(), posted.revision()));
        } catch (PersonNotFoundException e) {
            return PageAccess.notFound();
        }
        redirect.addFlashAttribute("removedPerson", email);
        return redirectToPeople(key);
    }

    private ModelAndView conflict(SignedInUser user, String key, String email, PersonForm form) {
        try {
            var current = PersonForm.of(people.find(user, key, email));
            var view = editPage(key, form.withRevision(current.revision()), FieldErrors.none(), current);
            view.setStatus(HttpStatus.CONFLICT);
            return view;
        } catch (PersonNotFoundException gone) {
            return PageAccess.notFound();
        }
    }

    private ModelAndView saved(String key, RedirectAttributes redirect) {
        redirect.addFlashAttribute("savedPerson", true);
        return redirectToPeople(key);
    }

    private static ModelAndView redirectToPeople(String key) {
        return new ModelAndView("redirect:" + UriComponentsBuilder.fromPath("/organisationer/{key}")
                .fragment("registry-people-heading").buildAndExpand(key).encode().toUriString());
    }

    private ModelAndView editPage(String key, PersonForm form, FieldErrors errors, PersonForm theirs) {
        var organisation = organisations.find(key, LocalDate.now(clock));
        if (organisation.isEmpty()) {
            return PageAccess.notFound();
        }
        var view = new ModelAndView("organisations/person")
                .addObject("organisation", organisation.get())
                .addObject("personForm", form)
                .addObject("personErrors", errors)
                .addObject("personConflict", theirs);
        if (!errors.isEmpty()) {
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return view;
    }

    private ModelAndView organisationPage(String key, PersonForm form, FieldErrors errors, HttpStatus status) {
        var organisation = organisations.find(key, LocalDate.now(clock));
        if (organisation.isEmpty()) {
            return PageAccess.notFound();
        }
        var model = new ExtendedModelMap();
        model.addAttribute("organisation", organisation.get());
        model.addAttribute("personForm", form);
        model.addAttribute("personErrors", errors);
        selfService.addTo(model, organisation.get());
        var view = new ModelAndView("organisations/organisation", model);
        view.setStatus(status);
        return view;
    }
}
