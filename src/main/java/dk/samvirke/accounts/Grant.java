package dk.samvirke.accounts;

import java.io.Serializable;

/**
 * One role, scoped to an organisation (organisation-admin) or a product (product-manager) where it applies.
 * Serializable: it travels in the signed-in user, which the session store keeps between requests.
 */
public record Grant(Role role, String organisationKey, String productKey) implements Serializable {

    public static Grant admin() {
        return new Grant(Role.ADMIN, null, null);
    }
}
