package dk.samvirke.accounts;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Matches a person signing in through the OIDC provider to an existing account by their e-mail, and only
 * when the provider vouches for that address. Nobody gets an account by signing in: an administrator
 * creates accounts.
 */
class AccountOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String NO_ACCOUNT = "samvirke_no_account";
    static final String NO_VERIFIED_EMAIL = "samvirke_no_verified_email";

    private final OidcUserService provider = new OidcUserService();
    private final AccountManagement accounts;

    AccountOidcUserService(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        String email = AccountManagement.normaliseEmail(user.getEmail());
        if (email == null || !Boolean.TRUE.equals(user.getEmailVerified())) {
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_VERIFIED_EMAIL),
                    "The provider did not give a verified e-mail address");
        }
        if (accounts.signInState(email).isEmpty()) {
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_ACCOUNT), "No account for this e-mail address");
        }
        // Named by e-mail, as every other sign-in is: the history and the session index use the name.
        return new DefaultOidcUser(user.getAuthorities(), user.getIdToken(), user.getUserInfo(), StandardClaimNames.EMAIL);
    }
}
