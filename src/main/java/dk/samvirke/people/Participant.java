package dk.samvirke.people;

import dk.samvirke.catalogue.ProductRef;
import dk.samvirke.organisations.OrganisationRef;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A person's part in a product or the association, as public pages and answers show it: no e-mail
 * address.
 *
 * @param product null for a part in the association itself
 * @param current active on the date and, for a product, while the association manages it: the
 *                participants of a retired product took part, they do not take part
 */
public record Participant(String name, String title, OrganisationRef organisation, ProductRef product,
        ParticipationRole role, BigDecimal allocation, LocalDate since, LocalDate until, boolean current) {
}
