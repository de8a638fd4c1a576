package dk.samvirke.support;

import dk.samvirke.accounts.Grant;
import dk.samvirke.accounts.Role;
import dk.samvirke.accounts.SignedInUser;
import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in browser session for MockMvc page tests, until the sign-in form can be driven instead.
 * The principal is a {@link SignedInUser}, as the application's own sign-in makes it, and the name is
 * the e-mail address, which is what the history records as the actor.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static Authentication as(SignedInUser user) {
        return new Token(user);
    }

    public static Authentication as(String email, String organisation, Grant... grants) {
        return as(user(email, organisation, grants));
    }

    public static SignedInUser user(String email, String organisation, Grant... grants) {
        return new SignedInUser(null, email, email, organisation, Set.of(grants));
    }

    public static Grant admin() {
        return Grant.admin();
    }

    public static Grant member() {
        return new Grant(Role.MEMBER, null, null);
    }

    public static Grant organisationAdmin(String organisation) {
        return new Grant(Role.ORGANISATION_ADMIN, organisation, null);
    }

    public static Grant productManager(String product) {
        return new Grant(Role.PRODUCT_MANAGER, null, product);
    }

    private static final class Token extends AbstractAuthenticationToken {

        private final SignedInUser user;

        Token(SignedInUser user) {
            super(user.grants().stream().map(g -> new SimpleGrantedAuthority("ROLE_" + g.role().name())).distinct()
                    .toList());
            this.user = user;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return user;
        }

        @Override
        public String getName() {
            return user.email();
        }
    }
}
