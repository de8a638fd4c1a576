package dk.samvirke.accounts;

import dk.samvirke.accounts.AccountRequests.FieldProblem;
import dk.samvirke.accounts.AccountRequests.RoleRequest;
import dk.samvirke.shared.RecordNotFoundException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to an existing account: change its roles, disable and enable it, send its
 * invitation again. (Resetting a second factor is {@link SecondFactor#reset(String)}.) The callers check
 * that the actor is an administrator; every change lands in the history as the account's own change.
 */
@Service
public class AccountAdministration {

    private final Accounts accounts;
    private final AccountManagement management;
    private final AccountLinks links;
    private final AccountMail mail;
    private final AccountSessions sessions;

    AccountAdministration(Accounts accounts, AccountManagement management, AccountLinks links, AccountMail mail,
            AccountSessions sessions) {
        this.accounts = accounts;
        this.management = management;
        this.links = links;
        this.mail = mail;
        this.sessions = sessions;
    }

    /**
     * The account's roles become exactly {@code roles} (none is allowed: a signed-in person without rights).
     * Its sessions end, so the new rights apply at the next sign-in and removed ones stop now.
     */
    @Transactional
    public void changeRoles(String email, List<RoleRequest> roles) {
        var account = find(email);
        var problems = new ArrayList<FieldProblem>();
        var resolved = new ArrayList<AccountManagement.ResolvedRole>();
        for (int i = 0; i < roles.size(); i++) {
            management.resolveRole(roles.get(i), "roles[" + i + "]", problems).ifPresent(resolved::add);
        }
        if (!problems.isEmpty()) {
            throw new AccountRequestException(problems, false);
        }
        boolean changed = !account.grants().equals(resolved.stream().map(AccountManagement.ResolvedRole::grant)
                .collect(java.util.stream.Collectors.toSet()));
        account.replaceRoles(resolved);
        if (changed) {
            sessions.endAllBut(account.getEmail(), null);
        }
    }

    /** A disabled account cannot sign in, and its API tokens stop working; its sessions end now. */
    @Transactional
    public void setEnabled(String email, boolean enabled) {
        var account = find(email);
        if (enabled) {
            account.enable();
        } else {
            account.disable();
            sessions.endAllBut(account.getEmail(), null);
        }
    }

    /**
     * A new invitation link for someone who has not yet chosen a password; earlier unused links stop
     * working. The mail goes through the outbox: whether it left says {@link AccountManagement#invitationMails}.
     */
    @Transactional
    public void resendInvitation(String email) {
        var account = find(email);
        if (account.hasPassword()) {
            throw AccountRequestException.of("email", "the account has chosen a password; send a password link instead");
        }
        if (!account.isEnabled()) {
            throw AccountRequestException.of("email", "the account is disabled; enable it first");
        }
        var now = LocalDateTime.now(ZoneOffset.UTC);
        links.endUnused(account, AccountLink.Purpose.INVITATION, now);
        String token = Secrets.newToken("");
        links.save(new AccountLink(account, AccountLink.Purpose.INVITATION, Secrets.sha256(token),
                now.plus(AccountManagement.INVITATION_LIFETIME)));
        mail.invitation(account.getEmail(), account.getName(), token);
    }

    /** Whether the account still waits for its person to choose a password (an invitation can be sent again). */
    @Transactional(readOnly = true)
    public boolean awaitsPassword(String email) {
        return !find(email).hasPassword();
    }

    private Account find(String email) {
        return accounts.findByEmail(AccountManagement.normaliseEmail(email))
                .orElseThrow(() -> new RecordNotFoundException("No account '" + email + "'"));
    }
}
