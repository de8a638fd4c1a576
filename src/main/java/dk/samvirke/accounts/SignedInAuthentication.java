package dk.samvirke.accounts;

import java.util.ArrayList;
import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * An authenticated request whose principal is the {@link SignedInUser} and whose name is its e-mail: an
 * API-token request, a single sign-on, or a sign-in completed with the second factor.
 */
final class SignedInAuthentication extends AbstractAuthenticationToken {

    private final SignedInUser user;

    SignedInAuthentication(SignedInUser user) {
        this(user, java.util.List.of());
    }

    /** @param factors how the person proved who they are (password, single sign-on, TOTP), kept for the record */
    SignedInAuthentication(SignedInUser user, Collection<? extends GrantedAuthority> factors) {
        super(withFactors(user, factors));
        this.user = user;
        setAuthenticated(true);
    }

    private static Collection<GrantedAuthority> withFactors(SignedInUser user, Collection<? extends GrantedAuthority> factors) {
        var all = new ArrayList<GrantedAuthority>(AccountUserDetails.authorities(user));
        all.addAll(factors);
        return all;
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
