package dk.samvirke.web.admin;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.web.history.PageAccess;
import java.util.Optional;
import org.springframework.web.servlet.ModelAndView;

/** The administrators' pages answer anyone else with a refusal (anonymous visitors are sent to sign in first). */
final class AdminAccess {

    private AdminAccess() {
    }

    /** Empty when the visitor is an administrator; otherwise the answer to give instead of the page. */
    static Optional<ModelAndView> refusal() {
        var user = SignedInUser.current();
        if (user.isEmpty()) {
            return Optional.of(PageAccess.signIn());
        }
        return user.get().isAdmin() ? Optional.empty() : Optional.of(PageAccess.forbidden());
    }
}
