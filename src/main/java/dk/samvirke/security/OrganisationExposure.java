package dk.samvirke.security;

import dk.samvirke.organisations.OrganisationRef;
import java.time.LocalDate;

/**
 * One organisation's standing towards a notice, with the version it runs: for admins, the product's managers
 * and the organisation's own admins only ({@link SecurityNoticePolicy}); never public.
 *
 * @param since     since when it has this status
 * @param setByUsage whether the usage's version decided it (rather than a person)
 */
public record OrganisationExposure(long notice, OrganisationRef organisation, ExposureStatus status, String version,
        LocalDate since, boolean setByUsage, String note) {
}
