package dk.samvirke.web.admin;

import dk.samvirke.accounts.AccountRequests.RoleRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The roles form of one account: member and administrator as checkboxes, {@code keep} the scoped roles
 * still ticked ({@code organisation-admin:aarhus}), and one organisation and one product to add.
 */
public record AccountRolesForm(Boolean admin, Boolean member, List<String> keep, String organisationAdminOf,
        String productManagerOf) {

    public AccountRolesForm {
        admin = Boolean.TRUE.equals(admin);
        member = Boolean.TRUE.equals(member);
        keep = keep == null ? List.of() : List.copyOf(keep);
    }

    List<RoleRequest> roles() {
        var roles = new LinkedHashSet<RoleRequest>();
        if (admin) {
            roles.add(new RoleRequest("admin", null, null));
        }
        if (member) {
            roles.add(new RoleRequest("member", null, null));
        }
        for (String kept : keep) {
            int colon = kept.indexOf(':');
            if (colon > 0) {
                String role = kept.substring(0, colon);
                String scope = kept.substring(colon + 1);
                roles.add("product-manager".equals(role) ? new RoleRequest(role, null, scope) : new RoleRequest(role, scope, null));
            }
        }
        if (organisationAdminOf != null && !organisationAdminOf.isBlank()) {
            roles.add(new RoleRequest("organisation-admin", organisationAdminOf, null));
        }
        if (productManagerOf != null && !productManagerOf.isBlank()) {
            roles.add(new RoleRequest("product-manager", null, productManagerOf));
        }
        return new ArrayList<>(roles);
    }
}
