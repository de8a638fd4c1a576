package dk.samvirke.api.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The public API's representation records. Public answers never carry e-mail addresses of people. */
final class ApiRepresentations {

    private ApiRepresentations() {
    }

    record OrganisationRef(String key, String name) {
    }

    record ProductRef(String key, String name) {
    }

    record Membership(boolean member, LocalDate memberSince, LocalDate memberUntil) {
    }

    record OrganisationSummary(String key, String name, String type, String country, String municipalityCode,
            String cvr, OrganisationRef region, Integer population, String website, List<String> emailDomains,
            Membership membership, List<ProductRef> productsInUse) {
    }

    record OrganisationUsage(ProductRef product, String status, String version, LocalDate since, LocalDate until,
            boolean active) {
    }

    record OrganisationParticipant(String name, String title, String role, ProductRef product,
            BigDecimal allocation, LocalDate since, LocalDate until, boolean active) {
    }

    record OrganisationDetail(String key, String name, String type, String country, String municipalityCode,
            String cvr, OrganisationRef region, Integer population, String website, List<String> emailDomains,
            Membership membership, List<OrganisationUsage> usages, List<OrganisationParticipant> participants) {
    }

    record ProductSummary(String key, String name, String summary, OrganisationRef owner, String repository,
            String licence, String website, LocalDate adoptedOn, LocalDate retiredOn, boolean managed,
            int usageCount, List<OrganisationRef> users) {
    }

    record ProductUsage(OrganisationRef organisation, String organisationType, String status, String version,
            LocalDate since, LocalDate until, boolean active) {
    }

    record ProductParticipant(String name, OrganisationRef organisation, String role, BigDecimal allocation,
            LocalDate since, LocalDate until, boolean active) {
    }

    record ProductDetail(String key, String name, String summary, OrganisationRef owner, String repository,
            String licence, String website, LocalDate adoptedOn, LocalDate retiredOn, boolean managed,
            int usageCount, List<ProductUsage> usages, List<ProductParticipant> participants) {
    }

    /** A person who contributes: harvested commits, recorded roles, or both; organisation is a key or null (§5). */
    record Contributor(String name, String organisation, List<String> roles, int commits,
            LocalDate firstContribution, LocalDate lastContribution) {
    }

    record OrganisationContribution(String organisation, int people, int commits) {
    }

    record Contributors(List<Contributor> items, List<OrganisationContribution> organisations) {
    }
}
