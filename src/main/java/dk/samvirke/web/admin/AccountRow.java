package dk.samvirke.web.admin;

import dk.samvirke.mail.MailStatus;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One account in the administrators' list; {@code roles} with the organisation or product each covers;
 * {@code invitation} where its invitation mail stands (null when it had none); {@code awaitsPassword}
 * while the person has not chosen a password (the invitation can be sent again).
 */
public record AccountRow(String email, String name, String organisation, List<RoleView> roles,
        LocalDateTime lastSignIn, boolean enabled, boolean secondFactor, MailStatus invitation, boolean awaitsPassword) {

    /** Whether the account holds the role, unscoped (member, admin). */
    public boolean has(String role) {
        return roles.stream().anyMatch(r -> r.code().equals(role) && r.scopeKey() == null);
    }

    /** The scoped roles (organisation-admin, product-manager), which the form lists to keep or drop. */
    public List<RoleView> scoped() {
        return roles.stream().filter(r -> r.scopeKey() != null).toList();
    }

    /**
     * A role as the page words it: {@code code} for its message ({@code role.<code>}), the organisation or
     * product it covers with its name. {@code value} is what the form sends back to keep it.
     */
    public record RoleView(String code, String scopeKey, String scopeName) {

        public String value() {
            return scopeKey == null ? code : code + ":" + scopeKey;
        }
    }
}
