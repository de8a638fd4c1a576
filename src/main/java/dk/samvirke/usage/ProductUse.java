package dk.samvirke.usage;

import dk.samvirke.organisations.OrganisationRef;
import dk.samvirke.organisations.OrganisationType;
import java.time.LocalDate;

/**
 * An organisation's use of a product, as the product's page and API list it.
 *
 * @param current counts on the date (interfaces.md §3): active, the organisation exists and the product
 *                is managed — a retired product's users are former users
 */
public record ProductUse(OrganisationRef organisation, OrganisationType organisationType, UsageStatus status,
        String productVersion, LocalDate since, LocalDate until, boolean current, long usageId) {
}
