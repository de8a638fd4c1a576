package dk.samvirke.accounts;

import java.util.List;

/** What callers send to {@link AccountManagement}: bound from forms and API bodies, never entities. */
public final class AccountRequests {

    private AccountRequests() {
    }

    public record NewAccount(String email, String name, String organisation, String password, List<RoleRequest> roles) {
    }

    public record RoleRequest(String role, String organisation, String product) {
    }

    /** A token as issued: the only moment its secret exists outside the caller's hands. */
    public record IssuedToken(long id, String name, String token, String prefix) {
    }

    public record FieldProblem(String field, String message) {
    }
}
