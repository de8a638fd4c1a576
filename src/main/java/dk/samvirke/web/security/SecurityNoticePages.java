package dk.samvirke.web.security;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.catalogue.ProductDirectory;
import dk.samvirke.forum.MarkdownRenderer;
import dk.samvirke.security.ExposureStatus;
import dk.samvirke.security.NoticeDirectory;
import dk.samvirke.security.OrganisationExposure;
import dk.samvirke.security.SecurityNoticeManagement;
import dk.samvirke.security.SecurityNoticeManagement.NoticeVersionConflictException;
import dk.samvirke.security.SecurityNoticeManagement.StatusChange;
import dk.samvirke.security.SecurityNoticePolicy;
import dk.samvirke.security.Severity;
import dk.samvirke.shared.InvalidFieldsException;
import dk.samvirke.web.Pagination;
import dk.samvirke.web.history.PageAccess;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The security notices' pages: the public list and notice (the notice and counts only), the form of the product's
 * managers, and an organisation's status page for its admins. Whom a notice concerns shows on the notice page only
 * to whom the module's policy allows: all rows to admins and the product's managers, one's own to an
 * organisation's admins.
 */
@Controller
class SecurityNoticePages {

    static final int PAGE_SIZE = 20;

    private final NoticeDirectory directory;
    private final SecurityNoticeManagement management;
    private final SecurityNoticePolicy policy;
    private final ProductDirectory products;
    private final MarkdownRenderer markdown;
    private final FixedInChoices fixedIn;

    SecurityNoticePages(NoticeDirectory directory, SecurityNoticeManagement management, SecurityNoticePolicy policy,
            ProductDirectory products, MarkdownRenderer markdown, FixedInChoices fixedIn) {
        this.directory = directory;
        this.management = management;
        this.policy = policy;
        this.products = products;
        this.markdown = markdown;
        this.fixedIn = fixedIn;
    }

    @GetMapping({"/sikkerhed", "/security"})
    ModelAndView list(@RequestParam(defaultValue = "1") int side, @RequestParam(required = false) String produkt) {
        int page = Math.max(1, side);
        String product = produkt == null || produkt.isBlank() ? null : produkt;
        var found = directory.page(product, PageRequest.of(page - 1, PAGE_SIZE));
        var pagination = Pagination.of(page, PAGE_SIZE, (int) found.getTotalElements(),
                n -> "/sikkerhed?side=" + n + (product == null ? "" : "&produkt=" + product));
        return new ModelAndView("security/list").addObject("notices", found.getContent()).addObject("pagination", pagination)
                .addObject("productFilter", product == null ? null : products.find(product).orElse(null));
    }

    @GetMapping({"/sikkerhed/{id:\\d+}", "/security/{id:\\d+}"})
    ModelAndView notice(@PathVariable long id) {
        var notice = directory.find(id);
        if (notice.isEmpty()) {
            return PageAccess.notFound();
        }
        var user = SignedInUser.current().orElse(null);
        List<OrganisationExposure> rows = List.of();
        try {
            rows = user == null ? List.of() : directory.organisations(user, id);
        } catch (AccessDeniedException notForThem) {
            rows = List.of();
        }
        String product = notice.get().product().key();
        return new ModelAndView("security/notice").addObject("n", notice.get())
                .addObject("descriptionHtml", markdown.toHtml(notice.get().description()))
                .addObject("rows", rows)
                .addObject("seesAll", policy.maySeeAll(user, product))
                .addObject("mayEdit", policy.mayPublish(user, product));
    }

    @GetMapping({"/sikkerhed/ny", "/security/new"})
    ModelAndView newForm(@RequestParam(name = "produkt", required = false) String product) {
        var user = SignedInUser.current();
        if (user.isEmpty()) {
            return PageAccess.signIn();
        }
        if (product == null || !products.exists(product) || !policy.mayPublish(user.get(), product)) {
            return PageAccess.forbidden();
        }
        return form(NoticeForm.blank(product), Map.of(), false, null);
    }

    @PostMapping({"/sikkerhed/ny", "/security/new"})
    ModelAndView create(NoticeForm form, RedirectAttributes redirect) {
        var user = SignedInUser.current();
        if (user.isEmpty()) {
            return PageAccess.signIn();
        }
        if (form.product() == null || !products.exists(form.product()) || !policy.mayPublish(user.get(), form.product())) {
            return PageAccess.forbidden();
        }
        try {
            var published = management.publish(user.get(), form.product(), form.request());
            redirect.addFlashAttribute("published", published.affected() + published.possiblyAffected());
            return new ModelAndView("redirect:/sikkerhed/" + published.notice().getId());
        } catch (InvalidFieldsException e) {
            return form(form, e.problems(), false, null);
        }
    }

    @GetMapping({"/sikkerhed/{id:\\d+}/ret", "/security/{id:\\d+}/edit"})
    ModelAndView editForm(@PathVariable long id) {
        var user = SignedInUser.current();
        if (user.isEmpty()) {
            return PageAccess.signIn();
        }
        var notice = directory.find(id);
        if (notice.isEmpty()) {
            return PageAccess.notFound();
        }
        if (!policy.mayPublish(user.get(), notice.get().product().key())) {
            return PageAccess.forbidden();
        }
        return form(NoticeForm.of(notice.get()), Map.of(), false, id);
    }

    @PostMapping({"/sikkerhed/{id:\\d+}/ret", "/security/{id:\\d+}/edit"})
    ModelAndView edit(@PathVariable long id, NoticeForm form, RedirectAttributes redirect) {
        var user = SignedInUser.current();
        if (user.isEmpty()) {
            return PageAccess.signIn();
        }
        var notice = directory.find(id);
        if (notice.isEmpty()) {
            return PageAccess.notFound();
        }
        if (!policy.mayPublish(user.get(), notice.get().product().key())) {
            return PageAccess.forbidden();
        }
        var posted = new NoticeForm(notice.get().product().key(), form.title(), form.severity(), form.affected(),
                form.fixed(), form.fixedChoice(), form.description(), form.aliases(), form.revision());
        try {
            management.edit(user.get(), id, posted.request(), form.revision());
            redirect.addFlashAttribute("saved", true);
            return new ModelAndView("redirect:/sikkerhed/" + id);
        } catch (InvalidFieldsException e) {
            return form(posted, e.problems(), false, id);
        } catch (NoticeVersionConflictException | ObjectOptimisticLockingFailureException e) {
            return form(posted, Map.of(), true, id);
        }
    }

    private ModelAndView form(NoticeForm form, Map<String, String> problems, boolean conflict, Long id) {
        var view = new ModelAndView("security/form").addObject("f", form).addObject("problems", problems)
                .addObject("conflict", conflict).addObject("noticeId", id)
                .addObject("severities", Arrays.stream(Severity.values()).map(Severity::code).toList())
                .addObject("product", products.find(form.product()).orElse(null))
                .addObject("fixedChoices", fixedIn.of(form.product()));
        if (!problems.isEmpty() || conflict) {
            view.setStatus(conflict ? HttpStatus.CONFLICT
                    : HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return view;
    }

    @GetMapping({"/sikkerhed/{id:\\d+}/status/{org}", "/security/{id:\\d+}/status/{org}"})
    ModelAndView statusPage(@PathVariable long id, @PathVariable String org) {
        var user = SignedInUser.current();
        if (user.isEmpty()) {
            return PageAccess.signIn();
        }
        return status(user.get(), id, org, Map.of(), null);
    }

    @PostMapping({"/sikkerhed/{id:\\d+}/status/{org}", "/security/{id:\\d+}/status/{org}"})
    ModelAndView setStatus(@PathVariable long id, @PathVariable String org, @RequestParam(required = false) String status,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        var user = SignedInUser.current();
        if (user.isEmpty()) {
            return PageAccess.signIn();
        }
        if (!policy.maySetStatus(user.get(), org)) {
            return PageAccess.forbidden();
        }
        try {
            management.setStatus(user.get(), id, org, new StatusChange(status, note));
        } catch (InvalidFieldsException e) {
            return status(user.get(), id, org, e.problems(), note);
        } catch (SecurityNoticeManagement.NoticeNotFoundException e) {
            return PageAccess.notFound();
        }
        redirect.addFlashAttribute("saved", true);
        return new ModelAndView("redirect:/sikkerhed/" + id + "/status/" + org);
    }

    private ModelAndView status(SignedInUser user, long id, String org, Map<String, String> problems, String note) {
        if (!policy.maySetStatus(user, org)) {
            return PageAccess.forbidden();
        }
        var notice = directory.find(id);
        if (notice.isEmpty()) {
            return PageAccess.notFound();
        }
        var row = directory.organisation(user, id, org);
        if (row.isEmpty()) {
            return PageAccess.notFound();
        }
        var view = new ModelAndView("security/status").addObject("n", notice.get()).addObject("row", row.get())
                .addObject("problems", problems).addObject("note", note)
                .addObject("choices", List.of(ExposureStatus.RESOLVED.code(), ExposureStatus.NOT_AFFECTED.code()));
        if (!problems.isEmpty()) {
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return view;
    }
}
