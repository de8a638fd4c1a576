package dk.samvirke.web.catalogue;

import dk.samvirke.catalogue.CatalogueExceptions.InvalidProductChangeException;
import dk.samvirke.catalogue.CatalogueExceptions.InvalidPubliccodeException;
import dk.samvirke.catalogue.CatalogueExceptions.ProductVersionConflictException;
import dk.samvirke.catalogue.CatalogueManagement;
import dk.samvirke.catalogue.ProductPolicy;
import dk.samvirke.catalogue.PubliccodeConflictView;
import dk.samvirke.harvest.HarvestManagement;
import dk.samvirke.harvest.RefusedUrlException;
import dk.samvirke.web.PageNotFoundException;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a product's managers (and administrators) do on its page: edit it, import a publiccode.yml,
 * register repositories and harvest them again. Everyone else gets 403 (or the sign-in page).
 */
@Controller
class ProductMaintenanceController {

    /** The most a publiccode.yml may be; the validator refuses larger files anyway. */
    private static final long MAX_UPLOAD = 1024 * 1024;

    private final ProductPageQuery pages;
    private final CatalogueManagement catalogue;
    private final ProductPolicy policy;
    private final HarvestManagement harvest;
    private final Clock clock;

    private final dk.samvirke.web.harvest.HarvestMessages harvestMessages;

    ProductMaintenanceController(ProductPageQuery pages, CatalogueManagement catalogue, ProductPolicy policy,
            HarvestManagement harvest, Clock clock,
            dk.samvirke.web.harvest.HarvestMessages harvestMessages) {
        this.harvestMessages = harvestMessages;
        this.pages = pages;
        this.catalogue = catalogue;
        this.policy = policy;
        this.harvest = harvest;
        this.clock = clock;
    }

    @GetMapping({"/produkter/{key}/rediger", "/products/{key}/edit"})
    String edit(@PathVariable String key, Model model) {
        var actor = actorFor(key);
        var page = page(key);
        return form(model, page, ProductForm.of(page), actor, null, null);
    }

    @PostMapping({"/produkter/{key}/rediger", "/products/{key}/edit"})
    String save(@PathVariable String key, ProductForm form, Model model, RedirectAttributes redirect) {
        var actor = actorFor(key);
        // a form without name and dates keeps them; an administrator's form always has them
        var sent = policy.mayRenameOrChangeLifecycle(actor) ? form
                : new ProductForm(null, form.summary(), form.website(), form.repository(), form.licence(), null, null,
                        form.daName(), form.daShort(), form.daLong(), form.daFeatures(), form.enName(), form.enShort(),
                        form.enLong(), form.enFeatures(), form.version());
        try {
            catalogue.update(actor, key, sent.toChange(), form.version());
        } catch (ProductVersionConflictException e) {
            return form(model, page(key), form, actor, "conflict", null);
        } catch (InvalidProductChangeException e) {
            return form(model, page(key), form, actor, null, e.problems());
        }
        redirect.addFlashAttribute("notice", "product.edit.saved");
        return "redirect:/produkter/" + key;
    }

    @PostMapping({"/produkter/{key}/publiccode", "/products/{key}/publiccode"})
    String upload(@PathVariable String key, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        var actor = actorFor(key);
        if (file == null || file.isEmpty() || file.getSize() > MAX_UPLOAD) {
            redirect.addFlashAttribute("uploadProblem", "product.publiccode.noFile");
            return "redirect:/produkter/" + key + "#publiccode-heading";
        }
        try {
            var outcome = catalogue.importUploaded(actor, key, file.getBytes());
            redirect.addFlashAttribute("uploadFields", outcome.updated());
            redirect.addFlashAttribute("notice", "product.publiccode.imported");
        } catch (InvalidPubliccodeException e) {
            redirect.addFlashAttribute("uploadProblem", "product.publiccode.invalid");
            redirect.addFlashAttribute("uploadErrors", e.errors());
        }
        return "redirect:/produkter/" + key + "#publiccode-heading";
    }

    @PostMapping({"/produkter/{key}/publiccode-konflikter/{id}", "/products/{key}/publiccode-conflicts/{id}"})
    String decideConflict(@PathVariable String key, @PathVariable long id, @RequestParam(required = false) String choice,
            RedirectAttributes redirect) {
        var actor = actorFor(key);
        boolean accept = "accept".equals(choice);
        if (!accept && !"keep".equals(choice)) {
            return "redirect:/produkter/" + key;
        }
        catalogue.decideConflict(actor, key, id, accept ? PubliccodeConflictView.Choice.ACCEPT
                : PubliccodeConflictView.Choice.KEEP);
        redirect.addFlashAttribute("notice", accept ? "product.conflict.accepted" : "product.conflict.kept");
        return "redirect:/produkter/" + key;
    }

    @PostMapping({"/produkter/{key}/kodedepoter", "/products/{key}/repositories"})
    String addRepository(@PathVariable String key, @RequestParam(required = false) String url,
            RedirectAttributes redirect) {
        actorFor(key);
        try {
            harvest.addRepository(key, url == null ? null : url.strip());
            redirect.addFlashAttribute("notice", "repositories.added");
        } catch (RefusedUrlException e) {
            redirect.addFlashAttribute("repositoryUrl", url);
            // The harvester's reason, in the page's language.
            redirect.addFlashAttribute("repositoryRefused", harvestMessages.text(e.getMessage(),
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        }
        return "redirect:/produkter/" + key + "#repositories-heading";
    }

    @PostMapping({"/produkter/{key}/hoest", "/products/{key}/harvest"})
    String harvestAgain(@PathVariable String key, RedirectAttributes redirect) {
        actorFor(key);
        List<Long> jobs = harvest.harvestProduct(key);
        redirect.addFlashAttribute("notice", jobs.isEmpty() ? "repositories.none" : "repositories.queued");
        return "redirect:/produkter/" + key + "#repositories-heading";
    }

    /** Here, not in the site's error advice: that one answers every unknown exception with a 500 page. */
    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden() {
        return Forbidden.page();
    }

    @ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
    String signIn() {
        return "redirect:/login";
    }

    private String form(Model model, ProductPage page, ProductForm form, ProductPolicy.Actor actor, String conflict,
            java.util.Map<String, String> problems) {
        model.addAttribute("product", page);
        model.addAttribute("form", form);
        model.addAttribute("admin", policy.mayRenameOrChangeLifecycle(actor));
        model.addAttribute("conflict", conflict != null);
        model.addAttribute("problems", problems == null ? java.util.Map.of() : problems);
        return "catalogue/edit";
    }

    private ProductPage page(String key) {
        return pages.find(key, LocalDate.now(clock)).orElseThrow(() -> new PageNotFoundException("product " + key));
    }

    /** The acting manager or administrator; anonymous visitors are sent to sign in, others get 403. */
    private ProductPolicy.Actor actorFor(String key) {
        var actor = CatalogueActors.current()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in to maintain a product"));
        if (!policy.mayMaintain(actor, key)) {
            throw new AccessDeniedException("Only the product's managers and administrators may maintain it");
        }
        if (pages.find(key, LocalDate.now(clock)).isEmpty()) {
            throw new PageNotFoundException("product " + key);
        }
        return actor;
    }
}
