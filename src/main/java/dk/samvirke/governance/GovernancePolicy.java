package dk.samvirke.governance;

import dk.samvirke.accounts.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Who may do what in governance (interfaces.md §9), in one place: a product's bodies, members, decisions,
 * fees and budgets are its product managers' and the administrators'; the association's bodies, decisions
 * and membership fee, and every product's maturity stage, are the administrators' only. An organisation's
 * invoice basis is for its own administrators and the administrators.
 */
@Component
public class GovernancePolicy {

    /** {@code productKey} null: the association's own records. */
    public boolean mayMaintain(SignedInUser user, String productKey) {
        return user != null && (productKey == null ? user.isAdmin() : user.manages(productKey));
    }

    public boolean maySetStage(SignedInUser user) {
        return user != null && user.isAdmin();
    }

    public boolean mayMaintainRequirements(SignedInUser user) {
        return user != null && user.isAdmin();
    }

    public boolean maySeeInvoiceBasis(SignedInUser user, String organisationKey) {
        return user != null && user.administers(organisationKey);
    }

    public boolean maySeeAllInvoices(SignedInUser user) {
        return user != null && user.isAdmin();
    }
}
