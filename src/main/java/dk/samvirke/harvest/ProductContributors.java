package dk.samvirke.harvest;

import java.time.LocalDate;
import java.util.List;

/**
 * Who contributes to a product: harvested commit authors and recorded participants, one item per person
 * (matched by e-mail, which is not in here), and the commit authors counted per organisation.
 */
public record ProductContributors(List<Contributor> items, List<OrganisationContributors> organisations) {

    /** @param organisation the organisation's key, or null when the author's e-mail domain matches none (§5) */
    public record Contributor(String name, String organisation, List<String> roles, int commits,
            LocalDate firstContribution, LocalDate lastContribution) {
    }

    /** Commit authors of one organisation ({@code key} null: authors matched to none), as {@code git log} counts them. */
    public record OrganisationContributors(String key, String name, int commits, int people) {
    }

    /** How many authors were active in a year, from each author's first and last commit. */
    public record YearContributors(int year, int contributors) {
    }
}
