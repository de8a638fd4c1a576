package dk.samvirke.web.organisations;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.usage.UsageManagement;
import dk.samvirke.usage.UsageManagement.UsageNotFoundException;
import dk.samvirke.usage.UsageManagement.UsageValidationException;
import dk.samvirke.usage.UsageManagement.UsageVersionConflictException;
import dk.samvirke.web.history.PageAccess;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpHeaders;
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
 * "Registrér jeres brug": an organisation records and corrects its use of products. Works as plain
 * forms; htmx only brings the edit form into the page instead of opening it on its own.
 */
@Controller
@RequestMapping({"/organisationer/{key}/anvendelser", "/organisations/{key}/usages"})
class UsageFormController {

    private final UsageManagement management;
    private final OrganisationQuery organisations;
    private final SelfService selfService;
    private final Clock clock;

    UsageFormController(UsageManagement management, OrganisationQuery organisations, SelfService selfService, Clock clock) {
        this.management = management;
        this.organisations = organisations;
        this.selfService = selfService;
        this.clock = clock;
    }

    @PostMapping
    ModelAndView create(@PathVariable String key, UsageForm form, RedirectAttributes redirect) {
        var user = SignedInUser.current();
        if (user.isEmpty()) {
            return PageAccess.signIn();
        }
        if (!selfService.mayMaintainUsages(user, key)) {
            return PageAccess.forbidden();
        }
        if (form.product() == null || form.product().isBlank()) {
            return organisationPage(key, form, FieldErrors.of("usage", Map.of("product", "required")), null);
        }
        // A new usage of a product the organisation has recorded already would overwrite that record unseen.
        var existing = selfService.usage(key, form.product());
        if (form.revision() == null && existing.isPresent()) {
            return organisationPage(key, form.withRevision(existing.get().revision()), FieldErrors.none(),
                    existing.get());
        }
        try {
            management.save(user.get(), key, form.product(), form.change(), form.revision());
        } catch (UsageValidationException e) {
            return organisationPage(key, form, FieldErrors.of("usage", e.problems()), null);
        } catch (UsageNotFoundException e) {
            return organisationPage(key, form, FieldErrors.of("usage", Map.of("product", "unknown")), null);
        } catch (UsageVersionConflictException | ObjectOptimisticLockingFailureException e) {
            return conflictOnOrganisationPage(key, form);
        }
        return saved(key, form.product(), redirect);
    }

    @GetMapping("/{product}")
    ModelAndView edit(@PathVariable String key, @PathVariable String product, HtmxRequest htmx,
            HttpServletResponse response) {
        var user = SignedInUser.current();
        if (user.isEmpty()) {
            return PageAccess.signIn();
        }
        if (!selfService.mayMaintainUsages(user, key)) {
            return PageAccess.forbidden();
        }
        var usage = selfService.usage(key, product);
        if (usage.isEmpty()) {
            return PageAccess.notFound();
        }
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        var view = editPage(key, product, usage.get(), FieldErrors.none(), null);
        if (htmx.isHtmxRequest() && !htmx.isBoosted() && !htmx.isHistoryRestoreRequest()) {
            view.setViewName("organisations/usage :: editor");
        }
        return view;
    }

    @PostMapping("/{product}")
    ModelAndView update(@PathVariable String key, @PathVariable String product, UsageForm posted,
            RedirectAttributes redirect) {
        var user = SignedInUser.current();
        if (user.isEmpty()) {
            return PageAccess.signIn();
        }
        if (!selfService.mayMaintainUsages(user, key)) {
            return PageAccess.forbidden();
        }
        // The address names the product; a product field in the body must not redirect the change elsewhere.
        var form = posted.withProduct(product);
        if (selfService.usage(key, product).isEmpty()) {
            return PageAccess.notFound();
        }
        try {
            // An edit without the version it started from cannot prove it saw the latest values.
            management.save(user.get(), key, product, form.change(), form.revision() == null ? -1L : form.revision());
        } catch (UsageValidationException e) {
            return editPage(key, product, form, FieldErrors.of("usage", e.problems()), null);
        } catch (UsageVersionConflictException | ObjectOptimisticLockingFailureException e) {
            var current = selfService.usage(key, product);
            if (current.isEmpty()) {
                return PageAccess.notFound();
            }
            var view = editPage(key, product, form.withRevision(current.get().revision()), FieldErrors.none(),
                    current.get());
            view.setStatus(HttpStatus.CONFLICT);
            return view;
        }
        return saved(key, product, redirect);
    }

    private ModelAndView saved(String key, String product, RedirectAttributes redirect) {
        redirect.addFlashAttribute("savedUsage", product);
        return new ModelAndView("redirect:" + UriComponentsBuilder.fromPath("/organisationer/{key}")
                .fragment("products-heading").buildAndExpand(key).encode().toUriString());
    }

    private ModelAndView editPage(String key, String product, UsageForm form, FieldErrors errors, UsageForm theirs) {
        var organisation = organisations.find(key, LocalDate.now(clock)).orElseThrow();
        var productName = selfService.productOptions().stream().filter(o -> o.value().equals(product))
                .map(Option::label).findFirst().orElse(product);
        var view = new ModelAndView("organisations/usage")
                .addObject("organisation", organisation)
                .addObject("productName", productName)
                .addObject("usageForm", form)
                .addObject("usageErrors", errors)
                .addObject("usageConflict", theirs)
                .addObject("statuses", SelfService.STATUSES);
        if (!errors.isEmpty()) {
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return view;
    }

    private ModelAndView conflictOnOrganisationPage(String key, UsageForm form) {
        var current = selfService.usage(key, form.product());
        if (current.isEmpty()) {
            return organisationPage(key, form.withRevision(null), FieldErrors.none(), null);
        }
        return organisationPage(key, form.withRevision(current.get().revision()), FieldErrors.none(), current.get());
    }

    /** The whole organisation page again, with the user's input, what was wrong, or what someone else saved. */
    private ModelAndView organisationPage(String key, UsageForm form, FieldErrors errors, UsageForm theirs) {
        var organisation = organisations.find(key, LocalDate.now(clock));
        if (organisation.isEmpty()) {
            return PageAccess.notFound();
        }
        var model = new ExtendedModelMap();
        model.addAttribute("organisation", organisation.get());
        model.addAttribute("usageForm", form);
        model.addAttribute("usageErrors", errors);
        model.addAttribute("usageConflict", theirs);
        selfService.addTo(model, organisation.get());
        var view = new ModelAndView("organisations/organisation", model);
        view.setStatus(theirs != null ? HttpStatus.CONFLICT
                : errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT);
        return view;
    }
}
