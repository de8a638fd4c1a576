package dk.samvirke.api.v1;

import dk.samvirke.accounts.AccountManagement;
import dk.samvirke.accounts.AccountRequests.IssuedToken;
import dk.samvirke.accounts.AccountRequests.NewAccount;
import dk.samvirke.accounts.AccountRequests.RoleRequest;
import dk.samvirke.accounts.SecondFactor;
import dk.samvirke.mail.MailStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/accounts")
@Tag(name = "Administration", description = "Accounts, tokens, imports and exports; administrators only")
class AdminAccountsResource {

    private final AccountManagement accounts;
    private final SecondFactor secondFactor;

    AdminAccountsResource(AccountManagement accounts, SecondFactor secondFactor) {
        this.accounts = accounts;
        this.secondFactor = secondFactor;
    }

    /** @param invitationMail where the invitation mail stands: queued until the mail server has taken it */
    record AccountCreated(String email, String name, String organisation, List<RoleRequest> roles, boolean invited,
            MailStatus invitationMail) {
    }

    record TokenRequest(String name) {
    }

    @PostMapping
    @Operation(summary = "Create an account; without a password an invitation e-mail is sent")
    ResponseEntity<AccountCreated> create(@RequestBody NewAccount request) {
        var account = accounts.create(request);
        var body = new AccountCreated(account.getEmail(), account.getName(),
                account.getOrganisation() == null ? null : account.getOrganisation().getKey(),
                request.roles() == null ? List.of() : request.roles(), request.password() == null,
                accounts.invitationMails(List.of(account.getEmail())).get(account.getEmail()));
        return ResponseEntity.created(URI.create("/api/v1/admin/accounts/" + account.getEmail())).body(body);
    }

    @DeleteMapping("/{email}/second-factor")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Reset the account's second factor (lost phone and recovery codes): its sessions end, and the"
            + " next sign-in sets up a new secret")
    void resetSecondFactor(@PathVariable String email) {
        secondFactor.reset(email);
    }

    @PostMapping("/{email}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue an API token acting as the account; the token is shown only in this answer")
    IssuedToken issueToken(@PathVariable String email, @RequestBody(required = false) TokenRequest request) {
        return accounts.issueToken(email, request == null ? null : request.name());
    }
}
