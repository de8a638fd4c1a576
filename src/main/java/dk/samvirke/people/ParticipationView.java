package dk.samvirke.people;

import dk.samvirke.catalogue.ProductRef;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A participation as the people who maintain it see it: with the person's e-mail address, the id the
 * API and the pages address it by, and the revision a change must send back as If-Match.
 */
public record ParticipationView(long id, String email, String name, String organisation, ProductRef product,
        ParticipationRole role, BigDecimal allocation, LocalDate since, LocalDate until, boolean current,
        long revision) {
}
