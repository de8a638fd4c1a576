package dk.samvirke.organisations;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything that describes an organisation, as one value: imports compare it to tell an update
 * from "unchanged", and forms and the API bind to it instead of the entity.
 */
public record OrganisationDetails(
        String name,
        OrganisationType type,
        String country,
        String municipalityCode,
        String cvr,
        String regionKey,
        Integer population,
        String website,
        List<String> emailDomains,
        LocalDate memberSince,
        LocalDate memberUntil) {

    public OrganisationDetails {
        emailDomains = emailDomains == null ? List.of() : List.copyOf(emailDomains);
    }
}
