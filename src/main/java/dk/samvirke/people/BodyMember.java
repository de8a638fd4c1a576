package dk.samvirke.people;

import dk.samvirke.organisations.OrganisationRef;
import java.time.LocalDate;

/**
 * A person's membership of a body (interfaces.md §9: a participation with a body), as public pages and
 * answers show it: no e-mail address.
 *
 * @param id      the participation's id (for its removal by the body's maintainers)
 * @param current active on the date asked about
 */
public record BodyMember(long id, String body, String name, String title, OrganisationRef organisation,
        ParticipationRole role, LocalDate since, LocalDate until, boolean chair, boolean current) {
}
