package dk.samvirke.harvest;

import java.time.LocalDate;

/**
 * One author's commits across a product's repositories. The e-mail is there so callers can match the
 * author to a registered person; it must never be shown in a public answer.
 */
public record HarvestedContributor(String email, String name, String organisation, int commits,
        LocalDate firstContribution, LocalDate lastContribution) {
}
