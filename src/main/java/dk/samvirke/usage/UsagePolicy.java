package dk.samvirke.usage;

import dk.samvirke.accounts.SignedInUser;
import org.springframework.stereotype.Component;

/** Who may maintain usage records: administrators, and an organisation's own administrators for its usages. */
@Component
public class UsagePolicy {

    public boolean mayMaintain(SignedInUser user, String organisationKey) {
        return user != null && user.administers(organisationKey);
    }
}
