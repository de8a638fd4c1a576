package dk.samvirke.accounts;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * An administrator who has passed the first factor (password or single sign-on) but not yet the
 * TOTP code. It is deliberately not authenticated and carries neither grants nor a
 * {@link SignedInUser}: until the second step the session acts as nobody, for pages, the API and
 * every module's policy alike.
 */
final class PartialSignIn extends AbstractAuthenticationToken {

    /** What the person does next: choose a secret, or enter a code for the secret they have. */
    enum Step {
        ENROL("/konto/totp"), CODE("/login/totp");

        private final String path;

        Step(String path) {
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    private final String email;
    private final Step step;

    /** @param firstFactor the factor already passed, kept so the full sign-in can record both */
    PartialSignIn(String email, Step step, GrantedAuthority firstFactor) {
        super(List.of(firstFactor));
        this.email = email;
        this.step = step;
        super.setAuthenticated(false);
    }

    Step step() {
        return step;
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("A partial sign-in becomes authenticated only through the second factor");
        }
        super.setAuthenticated(false);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return email;
    }

    @Override
    public String getName() {
        return email;
    }
}
