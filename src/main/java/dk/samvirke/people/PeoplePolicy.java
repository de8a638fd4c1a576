package dk.samvirke.people;

import dk.samvirke.accounts.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Who may maintain the people of the registry: administrators, and an organisation's own
 * administrators for the people of that organisation. A person without an organisation is the
 * secretariat's to look after.
 */
@Component
public class PeoplePolicy {

    public boolean mayMaintain(SignedInUser user, String organisationKey) {
        if (user == null) {
            return false;
        }
        return user.isAdmin() || (organisationKey != null && user.administers(organisationKey));
    }
}
