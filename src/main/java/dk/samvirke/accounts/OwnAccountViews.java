package dk.samvirke.accounts;

import java.time.LocalDateTime;
import java.util.List;

/** What a person sees of their own account on "My account". */
public final class OwnAccountViews {

    private OwnAccountViews() {
    }

    /** @param language the language mails to them are in ({@code da}, {@code en}); null: Danish with English below */
    public record Overview(String email, String name, String organisationKey, String organisationName,
            List<RoleView> roles, List<TokenView> tokens, boolean hasPassword, boolean hasSecondFactor,
            LocalDateTime lastSignInAt, String language) {
    }

    /** {@code role} is the code ({@code organisation-admin}, …); scope names are null where the role has no scope. */
    public record RoleView(String role, String organisationKey, String organisationName, String productKey,
            String productName) {
    }

    public record TokenView(long id, String name, String prefix, LocalDateTime createdAt, LocalDateTime lastUsedAt,
            LocalDateTime revokedAt) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }
}
