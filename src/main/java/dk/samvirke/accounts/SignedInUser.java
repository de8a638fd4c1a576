package dk.samvirke.accounts;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting, with every grant they hold. The modules' authorisation policies decide from this
 * alone, whether the request came from a browser session or an API token.
 */
public record SignedInUser(Long accountId, String email, String name, String organisationKey, Set<Grant> grants)
        implements Serializable {

    public SignedInUser {
        grants = Set.copyOf(grants);
    }

    public static Optional<SignedInUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        if (authentication != null && authentication.getPrincipal() instanceof AccountUserDetails details) {
            return Optional.of(details.user());
        }
        return Optional.empty();
    }

    public boolean isAdmin() {
        return grants.stream().anyMatch(g -> g.role() == Role.ADMIN);
    }

    public boolean administers(String organisationKey) {
        return isAdmin() || grants.stream()
                .anyMatch(g -> g.role() == Role.ORGANISATION_ADMIN && g.organisationKey().equals(organisationKey));
    }

    public boolean manages(String productKey) {
        return isAdmin() || grants.stream()
                .anyMatch(g -> g.role() == Role.PRODUCT_MANAGER && g.productKey().equals(productKey));
    }
}
