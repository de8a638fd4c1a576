package dk.samvirke.web.admin;

import dk.samvirke.accounts.AccountAdministration;
import dk.samvirke.accounts.AccountManagement;
import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.shared.RecordNotFoundException;
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

/**
 * Accounts for administrators: who has one, a form that creates one and sends the invitation, and each
 * account's page to change its roles, disable or enable it, send the invitation again or reset its second
 * factor. Whether an invitation has left is the outbox's word, shown as it is (queued or sent).
 */
@Controller
class AccountsAdminController {

    private final AccountList accounts;
    private final AccountManagement management;
    private final Organisations organisations;
    private final Products products;
    private final SecondFactor secondFactor;
    private final AccountAdministration administration;

    AccountsAdminController(AccountList accounts, AccountManagement management, Organisations organisations,
            Products products, SecondFactor secondFactor, AccountAdministration administration) {
        this.secondFactor = secondFactor;
        this.administration = administration;
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
    ModelAndView resetSecondFactor(@RequestParam String email, @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        var refusal = AdminAccess.refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        secondFactor.reset(email);
        redirect.addFlashAttribute("secondFactorReset", email);
        // From the account's own page back there; from the list back to the list.
        return "account".equals(back) ? back(email) : new ModelAndView("redirect:/admin/konti");
    }

    /** One account: its roles to change, disabling or enabling it, its invitation again, its second factor reset. */
    @GetMapping("/admin/konti/konto")
    ModelAndView account(@RequestParam String email) {
        var refusal = AdminAccess.refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        return accounts.one(email).map(a -> accountPage(a, FieldErrors.none()))
                .orElseThrow(() -> new RecordNotFoundException("No account '" + email + "'"));
    }

    /**
     * The account's roles become what the form holds: member and administrator as ticked, the scoped roles
     * ticked to keep, and one more organisation or product to add.
     */
    @PostMapping("/admin/konti/roller")
    ModelAndView changeRoles(@RequestParam String email, AccountRolesForm form, RedirectAttributes redirect) {
        var refusal = AdminAccess.refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var account = accounts.one(email).orElseThrow(() -> new RecordNotFoundException("No account '" + email + "'"));
        if (SignedInUser.current().map(u -> account.email().equalsIgnoreCase(u.email())).orElse(false)
                && !form.admin()) {
            // Nobody takes their own administrator rights away by a slip: another administrator must.
            var view = accountPage(account, FieldErrors.one("account", "admin", "ownAdmin"));
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return view;
        }
        try {
            administration.changeRoles(email, form.roles());
            redirect.addFlashAttribute("accountNotice", "admin.account.notice.roles");
            return back(email);
        } catch (AccountRequestException e) {
            var view = accountPage(account, errors(e));
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return view;
        }
    }

    @PostMapping("/admin/konti/aktiv")
    ModelAndView enable(@RequestParam String email, @RequestParam boolean enabled, RedirectAttributes redirect) {
        var refusal = AdminAccess.refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var account = accounts.one(email).orElseThrow(() -> new RecordNotFoundException("No account '" + email + "'"));
        if (!enabled && SignedInUser.current().map(u -> account.email().equalsIgnoreCase(u.email())).orElse(false)) {
            var view = accountPage(account, FieldErrors.one("account", "enabled", "ownAccount"));
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return view;
        }
        administration.setEnabled(email, enabled);
        redirect.addFlashAttribute("accountNotice", enabled ? "admin.account.notice.enabled" : "admin.account.notice.disabled");
        return back(email);
    }

    @PostMapping("/admin/konti/invitation")
    ModelAndView resendInvitation(@RequestParam String email, RedirectAttributes redirect) {
        var refusal = AdminAccess.refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var account = accounts.one(email).orElseThrow(() -> new RecordNotFoundException("No account '" + email + "'"));
        try {
            administration.resendInvitation(email);
            redirect.addFlashAttribute("accountNotice", "admin.account.notice.invited");
            return back(email);
        } catch (AccountRequestException e) {
            var view = accountPage(account, FieldErrors.one("account", "invitation",
                    account.enabled() ? "hasPassword" : "disabled"));
            view.setStatus(HttpStatus.CONFLICT);
            return view;
        }
    }

    private static ModelAndView back(String email) {
        return new ModelAndView("redirect:/admin/konti/konto?email="
                + java.net.URLEncoder.encode(email.strip().toLowerCase(java.util.Locale.ROOT), java.nio.charset.StandardCharsets.UTF_8));
    }

    private ModelAndView accountPage(AccountRow account, FieldErrors errors) {
        return new ModelAndView("admin/account")
                .addObject("account", account)
                .addObject("accountErrors", errors)
                .addObject("organisationOptions", organisations.findAllWithRegion().stream()
                        .map(o -> new Option(o.getKey(), o.getName())).toList())
                .addObject("productOptions", products.findAllWithOwner().stream()
                        .map(p -> new Option(p.getKey(), p.getName())).toList());
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
