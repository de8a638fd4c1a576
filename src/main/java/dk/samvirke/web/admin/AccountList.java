package dk.samvirke.web.admin;

import dk.samvirke.accounts.Account;
import dk.samvirke.accounts.AccountManagement;
import dk.samvirke.accounts.Accounts;
import dk.samvirke.accounts.Role;
import dk.samvirke.mail.MailStatus;
import dk.samvirke.web.admin.AccountRow.RoleView;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        Map<String, List<RoleView>> roles = new HashMap<>();
        entityManager.createQuery("select a.email, r.role, o.key, o.name, p.key, p.name from Account a join a.roles r"
                + " left join r.organisation o left join r.product p order by a.email", Object[].class)
                .getResultList()
                .forEach(row -> roles.computeIfAbsent((String) row[0], e -> new ArrayList<>())
                        .add(row[2] != null ? new RoleView(((Role) row[1]).code(), (String) row[2], (String) row[3])
                                : row[4] != null ? new RoleView(((Role) row[1]).code(), (String) row[4], (String) row[5])
                                : new RoleView(((Role) row[1]).code(), null, null)));
        Set<String> awaiting = new HashSet<>(entityManager.createQuery(
                "select a.email from Account a where a.passwordHash is null", String.class).getResultList());
        var all = accounts.findAllWithOrganisation();
        var invitations = management.invitationMails(all.stream().map(Account::getEmail).toList());
        return all.stream().map(a -> row(a, roles.getOrDefault(a.getEmail(), List.of()), invitations.get(a.getEmail()),
                awaiting.contains(a.getEmail()))).toList();
    }

    @Transactional(readOnly = true)
    Optional<AccountRow> one(String email) {
        String normal = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        return all().stream().filter(a -> a.email().equals(normal)).findFirst();
    }

    private static AccountRow row(Account account, List<RoleView> roles, MailStatus invitation, boolean awaitsPassword) {
        return new AccountRow(account.getEmail(), account.getName(),
                account.getOrganisation() == null ? null : account.getOrganisation().getName(),
                roles.stream().sorted(Comparator.comparing(RoleView::code).thenComparing(r -> String.valueOf(r.scopeName())))
                        .toList(),
                account.getLastSignInAt(), account.isEnabled(), account.hasSecondFactor(), invitation, awaitsPassword);
    }
}
