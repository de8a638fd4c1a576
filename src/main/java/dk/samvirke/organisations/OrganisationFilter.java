package dk.samvirke.organisations;

import java.time.LocalDate;

/**
 * Which organisations a list shows, as of {@code date}: of one type (or all), and members or not (or
 * both). Dissolved organisations are listed too, unless {@code existing} asks for those that exist.
 */
public record OrganisationFilter(OrganisationType type, Boolean member, boolean existing, LocalDate date) {

    public static OrganisationFilter all(LocalDate date) {
        return new OrganisationFilter(null, null, false, date);
    }
}
