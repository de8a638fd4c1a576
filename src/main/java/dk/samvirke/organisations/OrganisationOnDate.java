package dk.samvirke.organisations;

/**
 * What other modules ask of an organisation on a date (fees, cost sharing, notices): whether it exists
 * and is a member of the association, and its population.
 */
public record OrganisationOnDate(String key, String name, OrganisationType type, boolean exists, boolean member,
        Integer population) {
}
