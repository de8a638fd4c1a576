package dk.samvirke.accounts.web;

import dk.samvirke.accounts.AccountManagement;
import dk.samvirke.accounts.AccountRequestException;
import dk.samvirke.accounts.OwnAccount;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgot password" and the two e-mailed links that let a person choose a password: an invitation
 * ({@code /konto/invitation}) and a reset ({@code /konto/nulstil}).
 */
@Controller
class PasswordLinkController {

    private final AccountManagement accounts;
    private final OwnAccount ownAccount;

    PasswordLinkController(AccountManagement accounts, OwnAccount ownAccount) {
        this.accounts = accounts;
        this.ownAccount = ownAccount;
    }

    @GetMapping("/konto/glemt")
    String forgotForm() {
        return "accounts/forgot";
    }

    /** The same answer whether or not the address has an account: the form must not tell who has one. */
    @PostMapping("/konto/glemt")
    String forgot(@RequestParam(defaultValue = "") String email, HttpServletRequest request, Model model) {
        if (!email.isBlank() && email.length() <= 320) {
            accounts.requestPasswordReset(email, request.getRemoteAddr());
        }
        model.addAttribute("sent", true);
        return "accounts/forgot";
    }

    @GetMapping({"/konto/{kind:nulstil|invitation}"})
    String chooseForm(@PathVariable String kind, @RequestParam(defaultValue = "") String token, Model model) {
        boolean invitation = "invitation".equals(kind);
        if (!accounts.isLinkUsable(token, invitation)) {
            return "accounts/link-invalid";
        }
        model.addAttribute("form", new ChoosePassword(kind, token));
        return "accounts/choose-password";
    }

    @PostMapping({"/konto/{kind:nulstil|invitation}"})
    String choose(@PathVariable String kind, PasswordChoice choice, Model model) {
        var form = new ChoosePassword(kind, choice.token());
        model.addAttribute("form", form);
        if (choice.password() == null || !choice.password().equals(choice.repeat())) {
            model.addAttribute("problem", "password.problem.repeat");
            return "accounts/choose-password";
        }
        try {
            String email = accounts.completeLink(choice.token(), form.invitation(), choice.password());
            // A reset may follow a stolen password: whoever signed in with the old one is signed out.
            ownAccount.endSessions(email, null);
            return "redirect:/login?passwordSet";
        } catch (AccountRequestException e) {
            var problem = e.problems().get(0);
            if ("token".equals(problem.field())) {
                return "accounts/link-invalid";
            }
            model.addAttribute("problem", PasswordProblems.messageKey(problem.message()));
            return "accounts/choose-password";
        }
    }

    /** What the person typed; bound from the form, never to an entity. */
    record PasswordChoice(String token, String password, String repeat) {
    }

    /** @param kind {@code nulstil} or {@code invitation}: the page's wording and the form's address */
    public record ChoosePassword(String kind, String token) {

        public boolean invitation() {
            return "invitation".equals(kind);
        }

        public String action() {
            return "/konto/" + kind;
        }
    }
}
