package dk.samvirke.accounts;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in account as Spring Security's form login sees it. */
final class AccountUserDetails implements UserDetails, CredentialsContainer {

    private final SignedInUser user;
    private final boolean enabled;
    private String passwordHash;

    AccountUserDetails(SignedInUser user, String passwordHash, boolean enabled) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    SignedInUser user() {
        return user;
    }

    static List<GrantedAuthority> authorities(SignedInUser user) {
        return user.grants().stream()
                .map(g -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + g.role().name()))
                .distinct()
                .toList();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(user);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.email();
    }

    @Override
    public boolean isEnabled() {
        return enabled && passwordHash != null;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
