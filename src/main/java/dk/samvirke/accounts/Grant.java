package dk.samvirke.accounts;

/** One role, scoped to an organisation (organisation-admin) or a product (product-manager) where it applies. */
public record Grant(Role role, String organisationKey, String productKey) {

    public static Grant admin() {
        return new Grant(Role.ADMIN, null, null);
    }
}
