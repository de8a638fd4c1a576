package dk.samvirke.accounts.web;

import dk.samvirke.accounts.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * The header's "Log ind" or name and "Log ud", read by the layout as {@code @signInHeader.current()}, so
 * every page shows it, error pages included, without each controller adding it.
 */
@Component("signInHeader")
public class SignInHeader {

    /** Null when nobody is signed in (or only half-way, before the second factor). */
    public Shown current() {
        return SignedInUser.current().map(u -> new Shown(u.name() == null || u.name().isBlank() ? u.email() : u.name()))
                .orElse(null);
    }

    public record Shown(String name) {
    }
}
