package dk.samvirke.organisations;

import org.springframework.stereotype.Component;

/**
 * Who may change the organisation register: the secretariat (administrators) keeps the membership
 * periods and merges organisations. The organisations module cannot see the accounts module's
 * signed-in user (accounts depends on organisations), so callers translate theirs into an {@link Actor}.
 */
@Component
public class OrganisationPolicy {

    /** Who is acting, as far as the organisation register needs to know. */
    public record Actor(boolean admin) {
    }

    public boolean mayEditMemberships(Actor actor) {
        return actor != null && actor.admin();
    }

    public boolean mayMerge(Actor actor) {
        return actor != null && actor.admin();
    }
}
