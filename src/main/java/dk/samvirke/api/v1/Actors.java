package dk.samvirke.api.v1;

import dk.samvirke.accounts.Grant;
import dk.samvirke.accounts.Role;
import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.catalogue.ProductPolicy;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The signed-in user as the catalogue's policy sees them. */
final class Actors {

    private Actors() {
    }

    static ProductPolicy.Actor of(SignedInUser user) {
        return new ProductPolicy.Actor(user.isAdmin(), user.grants().stream()
                .filter(g -> g.role() == Role.PRODUCT_MANAGER).map(Grant::productKey)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
    }

    /** The current user, or 401 when nobody is signed in. */
    static SignedInUser signedIn() {
        return SignedInUser.current()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in first"));
    }
}
