package dk.samvirke.web.admin;

import dk.samvirke.accounts.Account;
import dk.samvirke.accounts.AccountManagement;
import dk.samvirke.mail.MailStatus;
import dk.samvirke.accounts.Accounts;
import dk.samvirke.accounts.Role;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the accounts for the administrators' list. The roles come from a query of their own: the
 * accounts module does not hand out an account's grants yet (Account.grants() is package-private),
 * and one query for all beats loading each account's roles in turn.
 */
@Component
class AccountList {

    private final Accounts accounts;
    private final EntityManager entityManager;
    private final AccountManagement management;

    AccountList(Accounts accounts, EntityManager entityManager, AccountManagement management) {
        this.accounts = accounts;
        this.management = management;
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    List<AccountRow> all() {
        Map<String, List<String>> roles = new HashMap<>();
        entityManager.createQuery("select a.email, r.role, o.key, p.key from Account a join a.roles r"
                + " left join r.organisation o left join r.product p order by a.email", Object[].class)
                .getResultList()
                .forEach(row -> roles.computeIfAbsent((String) row[0], e -> new ArrayList<>())
                        .add(describe((Role) row[1], (String) row[2], (String) row[3])));
        var all = accounts.findAllWithOrganisation();
        var invitations = management.invitationMails(all.stream().map(Account::getEmail).toList());
        return all.stream().map(a -> row(a, roles.getOrDefault(a.getEmail(), List.of()), invitations.get(a.getEmail())))
                .toList();
    }

    private static AccountRow row(Account account, List<String> roles, MailStatus invitation) {
        return new AccountRow(account.getEmail(), account.getName(),
                account.getOrganisation() == null ? null : account.getOrganisation().getName(),
                roles.stream().sorted().toList(), account.getLastSignInAt(), account.isEnabled(),
                account.hasSecondFactor(), invitation);
    }

    private static String describe(Role role, String organisation, String product) {
        String scope = organisation != null ? organisation : product;
        return scope == null ? role.code() : role.code() + ": " + scope;
    }
}
