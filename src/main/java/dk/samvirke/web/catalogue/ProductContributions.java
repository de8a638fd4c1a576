package dk.samvirke.web.catalogue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import dk.samvirke.harvest.ProductContributors.OrganisationContributors;
import dk.samvirke.harvest.ProductContributors.YearContributors;
import java.util.List;

/**
 * What the harvest found for a product: contributions per organisation and over time, its
 * repositories and releases. Also the JSON the charts draw from: the tables show the same numbers.
 *
 * @param perYear people active in each year, from each author's first and last commit: the harvest
 *                keeps one aggregate per author, not every commit, so commits per year are not known
 */
public record ProductContributions(List<OrganisationContributors> perOrganisation, List<YearContributors> perYear,
        List<RepositoryRow> repositories, List<ReleaseRow> releases) {

    /** {@code messageLanguage} is "en" when the harvester's words had no translation (the page marks them so). */
    public record RepositoryRow(String url, String href, String state, String message, LocalDateTime lastHarvestedAt,
            int releases, String messageLanguage) {
    }

    public record ReleaseRow(String name, LocalDate date, String repository) {
    }

    public boolean hasContributions() {
        return !perOrganisation.isEmpty();
    }
}
