package dk.samvirke.web.admin;

import dk.samvirke.accounts.AccountRequests.NewAccount;
import dk.samvirke.accounts.AccountRequests.RoleRequest;
import java.util.ArrayList;

/**
 * The form that creates an account. Roles as the form offers them: administrator and member as
 * choices, organisation-admin and product-manager each with the one organisation or product they cover.
 * No password: the person chooses one through the invitation.
 */
public record AccountForm(String name, String email, String organisation, Boolean admin, Boolean member,
        String organisationAdminOf, String productManagerOf) {

    /** An unticked checkbox sends nothing: no value means no. */
    public AccountForm {
        admin = Boolean.TRUE.equals(admin);
        member = Boolean.TRUE.equals(member);
    }

    static AccountForm empty() {
        return new AccountForm(null, null, null, false, true, null, null);
    }

    NewAccount request() {
        var roles = new ArrayList<RoleRequest>();
        if (admin) {
            roles.add(new RoleRequest("admin", null, null));
        }
        if (member) {
            roles.add(new RoleRequest("member", null, null));
        }
        if (organisationAdminOf != null && !organisationAdminOf.isBlank()) {
            roles.add(new RoleRequest("organisation-admin", organisationAdminOf, null));
        }
        if (productManagerOf != null && !productManagerOf.isBlank()) {
            roles.add(new RoleRequest("product-manager", null, productManagerOf));
        }
        return new NewAccount(email, name, organisation, null, roles);
    }
}
