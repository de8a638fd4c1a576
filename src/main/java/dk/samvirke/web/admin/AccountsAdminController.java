package dk.samvirke.web.admin;

import dk.samvirke.accounts.AccountManagement;
import dk.samvirke.accounts.SecondFactor;
import dk.samvirke.accounts.AccountRequestException;
import dk.samvirke.catalogue.Products;
import dk.samvirke.organisations.Organisations;
import dk.samvirke.web.organisations.FieldErrors;
import dk.samvirke.web.organisations.Option;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts for administrators: who has one, and a form that creates one and sends the invitation. */
@Controller
class AccountsAdminController {

    private final AccountList accounts;
    private final AccountManagement management;
    private final Organisations organisations;
    private final Products products;
    private final SecondFactor secondFactor;

    AccountsAdminController(AccountList accounts, AccountManagement management, Organisations organisations,
            Products products, SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
        this.accounts = accounts;
        this.management = management;
        this.organisations = organisations;
        this.products = products;
    }

    @GetMapping("/admin/konti")
    ModelAndView list() {
        return AdminAccess.refusal().orElseGet(() -> page(AccountForm.empty(), FieldErrors.none()));
    }

    @PostMapping("/admin/konti")
    ModelAndView create(AccountForm form, RedirectAttributes redirect) {
        var refusal = AdminAccess.refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        try {
            var account = management.create(form.request());
            redirect.addFlashAttribute("invited", account.getEmail());
            return new ModelAndView("redirect:/admin/konti");
        } catch (AccountRequestException e) {
            var view = page(form, errors(e));
            view.setStatus(e.isConflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT);
            return view;
        }
    }

    /** An administrator's reset of someone's second factor; the account sets up a new one at its next sign-in. */
    @PostMapping("/admin/konti/totp-nulstil")
    ModelAndView resetSecondFactor(@RequestParam String email, RedirectAttributes redirect) {
        var refusal = AdminAccess.refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        secondFactor.reset(email);
        redirect.addFlashAttribute("secondFactorReset", email);
        return new ModelAndView("redirect:/admin/konti");
    }

    /** The service names role fields by position ({@code roles[2].organisation}); the form by what they mean. */
    private static FieldErrors errors(AccountRequestException e) {
        if (e.isConflict()) {
            return FieldErrors.one("account", "email", "exists");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        e.problems().forEach(p -> problems.put(p.field().endsWith(".organisation") ? "organisationAdminOf"
                : p.field().endsWith(".product") ? "productManagerOf" : p.field(), p.message()));
        return FieldErrors.of("account", problems);
    }

    private ModelAndView page(AccountForm form, FieldErrors errors) {
        return new ModelAndView("admin/accounts")
                .addObject("accounts", accounts.all())
                .addObject("accountForm", form)
                .addObject("accountErrors", errors)
                .addObject("organisationOptions", organisations.findAllWithRegion().stream()
                        .map(o -> new Option(o.getKey(), o.getName())).toList())
                .addObject("productOptions", products.findAllWithOwner().stream()
                        .map(p -> new Option(p.getKey(), p.getName())).toList());
    }
}
