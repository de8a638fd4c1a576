package dk.samvirke.support;

import dk.samvirke.accounts.Grant;
import dk.samvirke.accounts.Role;
import dk.samvirke.accounts.SignedInUser;
import java.util.Set;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/**
 * A browser session of a signed-in person for MockMvc page tests, without going through a sign-in
 * form: the principal is the {@link SignedInUser} every policy reads.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static RequestPostProcessor admin() {
        return as(new SignedInUser(1L, "admin@samvirke.dk", "Admin", null, Set.of(Grant.admin())));
    }

    public static RequestPostProcessor productManager(String product) {
        return as(new SignedInUser(2L, "pm-" + product + "@samvirke.dk", "Produktansvarlig", null,
                Set.of(new Grant(Role.PRODUCT_MANAGER, null, product))));
    }

    public static RequestPostProcessor member() {
        return as(new SignedInUser(3L, "member@samvirke.dk", "Medlem", null, Set.of(new Grant(Role.MEMBER, null, null))));
    }

    private static RequestPostProcessor as(SignedInUser user) {
        var authentication = new TestingAuthenticationToken(user, null,
                user.grants().stream().map(g -> "ROLE_" + g.role().name()).distinct().toArray(String[]::new));
        authentication.setAuthenticated(true);
        return SecurityMockMvcRequestPostProcessors.authentication(authentication);
    }
}
