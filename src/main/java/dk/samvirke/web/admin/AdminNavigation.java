package dk.samvirke.web.admin;

import dk.samvirke.accounts.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Whether the layout shows "Administration". A bean the layout asks ({@code @adminNavigation}), not
 * a model attribute: the layout also frames error pages that no controller of ours prepares.
 */
@Component("adminNavigation")
public class AdminNavigation {

    public boolean isVisible() {
        return SignedInUser.current().map(SignedInUser::isAdmin).orElse(false);
    }
}
