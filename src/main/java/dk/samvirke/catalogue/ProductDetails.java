package dk.samvirke.catalogue;

import java.time.LocalDate;

/** Everything that describes a product, as one value (see {@code OrganisationDetails} for why). */
public record ProductDetails(
        String name,
        String summary,
        String ownerKey,
        String repository,
        String licence,
        String website,
        LocalDate adoptedOn,
        LocalDate retiredOn) {
}
