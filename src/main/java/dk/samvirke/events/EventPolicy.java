package dk.samvirke.events;

import dk.samvirke.accounts.SignedInUser;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may do what with events, in one place (interfaces.md §6, §11). Administrators may do everything.
 * An event of a product: that product's managers. An event of a body: whoever the bodies' module says may
 * organise the body's meetings ({@link EventBodies}), and the managers of the body's product. The people
 * named as an event's organisers see its sign-ups, export them and mark attendance. Signed-in people sign
 * themselves up; only administrators sign up someone else.
 */
@Component
public class EventPolicy {

    private final List<EventBodies> bodies;

    EventPolicy(List<EventBodies> bodies) {
        this.bodies = List.copyOf(bodies);
    }

    /** Creating, editing and cancelling an event of this product and body (both may be null). */
    public boolean mayManage(SignedInUser user, String productKey, String bodyKey) {
        if (user == null) {
            return false;
        }
        if (user.isAdmin()) {
            return true;
        }
        if (productKey != null && user.manages(productKey)) {
            return true;
        }
        if (bodyKey != null) {
            return bodies.stream().anyMatch(b -> b.mayOrganise(bodyKey, user));
        }
        return false;
    }

    public boolean mayManage(SignedInUser user, Event event) {
        return mayManage(user, event.getProductKey(), event.getBodyKey());
    }

    /** Seeing the list of sign-ups, exporting it, marking attendance, writing materials and minutes. */
    public boolean mayOrganise(SignedInUser user, Event event) {
        return user != null && (mayManage(user, event) || event.getOrganisers().contains(user.email()));
    }

    /** Signing up at all: signed in (an API token of an account or a session). */
    public boolean maySignUp(SignedInUser user) {
        return user != null && user.email() != null;
    }

    /** Signing up or cancelling for someone else. */
    public boolean mayActForOthers(SignedInUser user) {
        return user != null && user.isAdmin();
    }

    /** The body's module, when it is there. */
    Optional<EventBodies> bodies() {
        return bodies.stream().findFirst();
    }
}
