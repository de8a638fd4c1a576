package dk.samvirke.web.catalogue;

import dk.samvirke.accounts.Grant;
import dk.samvirke.accounts.Role;
import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.catalogue.ProductPolicy;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** The signed-in user, if any, as the catalogue's policy sees them. */
public final class CatalogueActors {

    private CatalogueActors() {
    }

    public static Optional<ProductPolicy.Actor> current() {
        return SignedInUser.current().map(CatalogueActors::of);
    }

    static ProductPolicy.Actor of(SignedInUser user) {
        return new ProductPolicy.Actor(user.isAdmin(), user.grants().stream()
                .filter(g -> g.role() == Role.PRODUCT_MANAGER).map(Grant::productKey).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }
}
