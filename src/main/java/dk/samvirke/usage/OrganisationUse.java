package dk.samvirke.usage;

import dk.samvirke.catalogue.ProductRef;
import java.time.LocalDate;

/** A product an organisation uses or used, as the organisation's page and API list it; {@code current} as in {@link ProductUse}. */
public record OrganisationUse(ProductRef product, UsageStatus status, String productVersion, LocalDate since,
        LocalDate until, boolean current, long usageId) {
}
