package dk.samvirke.support;

import dk.samvirke.accounts.AccountManagement;
import dk.samvirke.accounts.AccountRequests.NewAccount;
import dk.samvirke.accounts.AccountRequests.RoleRequest;
import java.util.List;
import org.springframework.stereotype.Component;

/** Creates accounts with one role each and hands back an API token acting as them. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "grøn hest spiser blå bananer";

    private final AccountManagement accounts;

    public TestAccounts(AccountManagement accounts) {
        this.accounts = accounts;
    }

    /** An "Authorization" header value for a new account with the given role and scope. */
    public String bearer(String email, String organisation, RoleRequest role) {
        accounts.create(new NewAccount(email, email, organisation, PASSWORD, role == null ? List.of() : List.of(role)));
        return "Bearer " + accounts.issueToken(email, "test").token();
    }

    public static RoleRequest admin() {
        return new RoleRequest("admin", null, null);
    }

    public static RoleRequest organisationAdmin(String organisation) {
        return new RoleRequest("organisation-admin", organisation, null);
    }

    public static RoleRequest productManager(String product) {
        return new RoleRequest("product-manager", null, product);
    }

    public static RoleRequest member() {
        return new RoleRequest("member", null, null);
    }
}
