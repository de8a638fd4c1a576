package dk.samvirke.accounts;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An authenticated API-token request: the principal is the {@link SignedInUser}, the name its e-mail. */
final class SignedInAuthentication extends AbstractAuthenticationToken {

    private final SignedInUser user;

    SignedInAuthentication(SignedInUser user) {
        super(AccountUserDetails.authorities(user));
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
