package dk.samvirke.usage;

import dk.samvirke.accounts.SignedInUser;
import org.springframework.stereotype.Component;

/** Who may maintain usage records: administrators, and an organisation's own administrators for its usages. */
@Component
public class UsagePolicy {

    public boolean mayMaintain(SignedInUser user, String organisationKey) {
        return user != null && user.administers(organisationKey);
    }

    /**
     * Whether the version an organisation runs is shown (interfaces.md §10, from v1.1): to signed-in people only,
     * since a public notice's range and public versions would tell who runs a vulnerable one. Anonymous answers
     * carry status and since, not version.
     */
    public static boolean versionsShown() {
        return SignedInUser.current().isPresent();
    }
}
