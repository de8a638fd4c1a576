package dk.samvirke.events;

import dk.samvirke.accounts.SignedInUser;
import java.util.Optional;

/**
 * What events need to know about bodies (§9: a styregruppe meeting is an event of that body), as a
 * service provider interface: the module that owns bodies implements it as a bean, and events uses it
 * when one is present. Without an implementation an event of a body is refused (422, field
 * {@code body}).
 */
public interface EventBodies {

    /** The body with this key, if there is one. */
    Optional<EventBody> body(String bodyKey);

    /**
     * Whether the person may organise (create, edit, cancel, see the sign-ups of) the body's events,
     * e.g. its chair or secretary. Administrators, and the product's managers for a body of a
     * product, may anyway; this answers for everyone else.
     */
    boolean mayOrganise(String bodyKey, SignedInUser user);
}
