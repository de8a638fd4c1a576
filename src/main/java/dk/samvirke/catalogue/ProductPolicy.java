package dk.samvirke.catalogue;

import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may maintain a product's page and repositories: administrators, and the product's managers.
 * Only administrators rename a product or change when the association adopted or retired it.
 */
@Component
public class ProductPolicy {

    /**
     * Who is acting, as far as the catalogue needs to know. The catalogue cannot see the accounts
     * module's signed-in user (accounts already depends on the catalogue), so callers translate it.
     *
     * @param managedProducts keys of the products the actor is a product manager of
     */
    public record Actor(boolean admin, Set<String> managedProducts) {

        public Actor {
            managedProducts = Set.copyOf(managedProducts);
        }
    }

    public boolean mayMaintain(Actor actor, String productKey) {
        return actor != null && (actor.admin() || actor.managedProducts().contains(productKey));
    }

    public boolean mayRenameOrChangeLifecycle(Actor actor) {
        return actor != null && actor.admin();
    }
}
