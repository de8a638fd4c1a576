package dk.samvirke.accounts.web;

import dk.samvirke.accounts.AccountManagement;
import dk.samvirke.accounts.AccountRequestException;
import dk.samvirke.accounts.OwnAccount;
import dk.samvirke.accounts.PersonalData;
import dk.samvirke.accounts.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "My account": who the person is here, their API tokens, their password, their data and leaving.
 * Every action is on the signed-in person's own account: the e-mail comes from the session, never the form.
 */
@Controller
class MyAccountController {

    private final OwnAccount ownAccount;
    private final AccountManagement accounts;

    MyAccountController(OwnAccount ownAccount, AccountManagement accounts) {
        this.ownAccount = ownAccount;
        this.accounts = accounts;
    }

    @GetMapping("/konto")
    String overview(HttpServletRequest request, Model model) {
        model.addAttribute("account", ownAccount.overview(email()).orElseThrow(this::gone));
        for (String notice : new String[] {"revoked", "passwordChanged"}) {
            if (request.getParameter(notice) != null) {
                model.addAttribute("notice", notice);
            }
        }
        return "accounts/account";
    }

    /** The token is on this one answer and nowhere else: not in a redirect, the session or the database. */
    @PostMapping("/konto/tokens")
    String createToken(@RequestParam(defaultValue = "") String name, Model model) {
        if (name.isBlank() || name.length() > 200) {
            model.addAttribute("account", ownAccount.overview(email()).orElseThrow(this::gone));
            model.addAttribute("tokenNameProblem", true);
            return "accounts/account";
        }
        model.addAttribute("issued", accounts.issueToken(email(), name));
        return "accounts/token-created";
    }

    @PostMapping("/konto/tokens/{id}/tilbagekald")
    String revokeToken(@PathVariable long id) {
        try {
            accounts.revokeToken(email(), id);
        } catch (AccountRequestException notYours) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        return "redirect:/konto?revoked";
    }

    @GetMapping("/konto/adgangskode")
    String passwordForm() {
        return "accounts/password";
    }

    @PostMapping("/konto/adgangskode")
    String changePassword(PasswordChange change, HttpServletRequest request, Model model) {
        if (change.password() == null || !change.password().equals(change.repeat())) {
            model.addAttribute("problem", "password.problem.repeat");
            return "accounts/password";
        }
        try {
            ownAccount.changePassword(email(), change.currentPassword(), change.password(), request.getSession().getId());
            return "redirect:/konto?passwordChanged";
        } catch (AccountRequestException e) {
            var problem = e.problems().get(0);
            model.addAttribute("problem", "currentPassword".equals(problem.field()) ? "password.problem.current"
                    : PasswordProblems.messageKey(problem.message()));
            return "accounts/password";
        }
    }

    @GetMapping("/konto/data")
    ResponseEntity<PersonalData> personalData() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("samvirke-mine-data.json").build().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(ownAccount.personalData(email()).orElseThrow(this::gone));
    }

    @GetMapping("/konto/slet")
    String deleteForm() {
        return "accounts/delete";
    }

    @PostMapping("/konto/slet")
    String delete(HttpServletRequest request, HttpServletResponse response) {
        ownAccount.delete(email(), request.getSession().getId());
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        new CookieClearingLogoutHandler("SESSION").logout(request, response, authentication);
        return "redirect:/konto/slettet";
    }

    @GetMapping("/konto/slettet")
    String deleted() {
        return "accounts/deleted";
    }

    private static String email() {
        return SignedInUser.current().orElseThrow(() -> new ResponseStatusException(
                org.springframework.http.HttpStatus.UNAUTHORIZED)).email();
    }

    /** Deleted in another session while this one was still open. */
    private ResponseStatusException gone() {
        return new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }

    record PasswordChange(String currentPassword, String password, String repeat) {
    }
}
