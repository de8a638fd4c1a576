package dk.samvirke.security;

import dk.samvirke.accounts.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Who may do what with notices (§10): the product's managers and admins publish and edit and see every
 * organisation's status; an organisation's admins see and set their own organisation's; everyone reads the
 * notice and its counts.
 */
@Component
public class SecurityNoticePolicy {

    public boolean mayPublish(SignedInUser user, String productKey) {
        return user != null && user.manages(productKey);
    }

    /** Every organisation's row of the product's notices: admins and the product's managers. */
    public boolean maySeeAll(SignedInUser user, String productKey) {
        return user != null && user.manages(productKey);
    }

    /** The organisation's own row: its admins (and whoever sees all). */
    public boolean maySeeOwn(SignedInUser user, String organisationKey) {
        return user != null && user.administers(organisationKey);
    }

    public boolean maySetStatus(SignedInUser user, String organisationKey) {
        return user != null && user.administers(organisationKey);
    }

    /** Whether any row at all is visible: admins, the product's managers, admins of some organisation. */
    public boolean maySeeAny(SignedInUser user, String productKey) {
        return user != null && (maySeeAll(user, productKey)
                || user.grants().stream().anyMatch(g -> g.organisationKey() != null
                        && g.role() == dk.samvirke.accounts.Role.ORGANISATION_ADMIN));
    }
}
