package dk.samvirke.api.v1;

import dk.samvirke.catalogue.ProductView;
import dk.samvirke.organisations.OrganisationView;
import dk.samvirke.people.Participant;
import dk.samvirke.shared.Period;
import dk.samvirke.usage.CatalogueSearch;
import dk.samvirke.usage.OrganisationUse;
import dk.samvirke.usage.ProductUse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public API's representation records, mapped from the modules' records. Public answers never
 * carry e-mail addresses of people. {@code active} on a usage or a participation means current on
 * the date (interfaces.md §3): a retired product has former users and participants, not current ones.
 */
final class ApiRepresentations {

    private ApiRepresentations() {
    }

    record OrganisationRef(String key, String name) {

        static OrganisationRef of(dk.samvirke.organisations.OrganisationRef ref) {
            return ref == null ? null : new OrganisationRef(ref.key(), ref.name());
        }
    }

    record ProductRef(String key, String name) {

        static ProductRef of(dk.samvirke.catalogue.ProductRef ref) {
            return ref == null ? null : new ProductRef(ref.key(), ref.name());
        }
    }

    /** v1: member today, and the period that includes today or else the latest one. */
    record Membership(boolean member, LocalDate memberSince, LocalDate memberUntil) {
    }

    /** One period of membership (interfaces.md §8). */
    record MembershipPeriod(LocalDate since, LocalDate until) {

        static List<MembershipPeriod> of(List<Period> periods) {
            return periods.stream().map(p -> new MembershipPeriod(p.from(), p.to())).toList();
        }
    }

    record OrganisationSummary(String key, String name, String type, String country, String municipalityCode,
            String cvr, OrganisationRef region, Integer population, String website, List<String> emailDomains,
            Membership membership, List<MembershipPeriod> memberships, LocalDate foundedOn, LocalDate dissolvedOn,
            String successor, List<String> predecessors, String ean, List<ProductRef> productsInUse) {
    }

    record OrganisationUsage(ProductRef product, String status, String version, LocalDate since, LocalDate until,
            boolean active) {
    }

    record OrganisationParticipant(String name, String title, String role, ProductRef product,
            BigDecimal allocation, LocalDate since, LocalDate until, boolean active) {
    }

    record OrganisationDetail(String key, String name, String type, String country, String municipalityCode,
            String cvr, OrganisationRef region, Integer population, String website, List<String> emailDomains,
            Membership membership, List<MembershipPeriod> memberships, LocalDate foundedOn, LocalDate dissolvedOn,
            String successor, List<String> predecessors, String ean, List<OrganisationUsage> usages,
            List<OrganisationParticipant> participants) {
    }

    /**
     * @param usageCount how many organisations use it now (0 once it is retired)
     * @param users      the first of them; all of them, paged, at {@code usagesUrl}
     */
    record ProductSummary(String key, String name, String summary, OrganisationRef owner, String repository,
            String licence, String website, LocalDate adoptedOn, LocalDate retiredOn, boolean managed,
            int usageCount, List<OrganisationRef> users, String usagesUrl) {
    }

    record ProductUsage(OrganisationRef organisation, String organisationType, String status, String version,
            LocalDate since, LocalDate until, boolean active) {
    }

    record ProductParticipant(String name, OrganisationRef organisation, String role, BigDecimal allocation,
            LocalDate since, LocalDate until, boolean active) {
    }

    record Release(String version, LocalDate date) {
    }

    /** @param kind {@code contact} or {@code contractor}; no e-mail or phone: the answer is public */
    record Contact(String kind, String name, String affiliation, String website, LocalDate until) {
    }

    record Maintenance(String type, List<Contact> contacts) {
    }

    record Description(String localisedName, String shortDescription, String longDescription, List<String> features) {
    }

    /**
     * One product with what its publiccode.yml says, who uses it (the first {@code usages}, all at
     * {@code usagesUrl}) and who takes and took part.
     */
    record ProductDetail(String key, String name, String summary, OrganisationRef owner, String repository,
            String licence, String website, LocalDate adoptedOn, LocalDate retiredOn, boolean managed,
            String developmentStatus, String softwareType, List<String> categories, List<String> platforms,
            String logo, Release release, Maintenance maintenance, Map<String, Description> descriptions,
            int usageCount, List<ProductUsage> usages, String usagesUrl, List<ProductParticipant> participants) {
    }

    /** A person who contributes: harvested commits, recorded roles, or both; organisation is a key or null (§5). */
    record Contributor(String name, String organisation, List<String> roles, int commits,
            LocalDate firstContribution, LocalDate lastContribution) {
    }

    record OrganisationContribution(String organisation, int people, int commits) {
    }

    record Contributors(List<Contributor> items, List<OrganisationContribution> organisations) {
    }

    static Membership membership(OrganisationView o, LocalDate today) {
        var period = o.currentOrLatestMembership(today);
        return new Membership(o.isMemberOn(today), period == null ? null : period.from(), period == null ? null : period.to());
    }

    static OrganisationSummary summary(OrganisationView o, LocalDate today, List<ProductRef> productsInUse) {
        return new OrganisationSummary(o.key(), o.name(), o.type().code(), o.country(), o.municipalityCode(), o.cvr(),
                OrganisationRef.of(o.region()), o.population(), o.website(), o.emailDomains(), membership(o, today),
                MembershipPeriod.of(o.memberships()), o.foundedOn(), o.dissolvedOn(),
                o.successor() == null ? null : o.successor().key(),
                o.predecessors().stream().map(dk.samvirke.organisations.OrganisationRef::key).toList(), o.ean(),
                productsInUse);
    }

    static OrganisationDetail detail(OrganisationView o, LocalDate today, List<OrganisationUse> usages,
            List<Participant> participants) {
        var s = summary(o, today, List.of());
        return new OrganisationDetail(s.key(), s.name(), s.type(), s.country(), s.municipalityCode(), s.cvr(), s.region(),
                s.population(), s.website(), s.emailDomains(), s.membership(), s.memberships(), s.foundedOn(),
                s.dissolvedOn(), s.successor(), s.predecessors(), s.ean(),
                usages.stream().map(u -> new OrganisationUsage(ProductRef.of(u.product()), u.status().code(),
                        u.productVersion(), u.since(), u.until(), u.current())).toList(),
                participants.stream().map(p -> new OrganisationParticipant(p.name(), p.title(), p.role().code(),
                        ProductRef.of(p.product()), p.allocation(), p.since(), p.until(), p.current())).toList());
    }

    static ProductSummary summary(CatalogueSearch.Entry e) {
        return new ProductSummary(e.key(), e.name(), e.summary(), OrganisationRef.of(e.owner()), e.repository(),
                e.licence(), e.website(), e.adoptedOn(), e.retiredOn(), e.managed(), e.users(),
                e.firstUsers().stream().map(OrganisationRef::of).toList(), usagesUrl(e.key()));
    }

    static ProductUsage usage(ProductUse u) {
        return new ProductUsage(OrganisationRef.of(u.organisation()), u.organisationType().code(), u.status().code(),
                u.productVersion(), u.since(), u.until(), u.current());
    }

    static ProductDetail detail(ProductView p, LocalDate today, int usageCount, List<ProductUse> usages,
            List<Participant> participants) {
        Map<String, Description> descriptions = new LinkedHashMap<>();
        p.descriptions().forEach(d -> descriptions.put(d.language(), new Description(d.localisedName(),
                d.shortDescription(), d.longDescription(), d.features())));
        var release = p.releaseVersion() == null && p.releaseDate() == null ? null
                : new Release(p.releaseVersion(), p.releaseDate());
        var maintenance = p.maintenanceType() == null && p.contacts().isEmpty() ? null
                : new Maintenance(p.maintenanceType(), p.contacts().stream()
                        .map(c -> new Contact(c.kind(), c.name(), c.affiliation(), c.website(), c.until())).toList());
        return new ProductDetail(p.key(), p.name(), p.summary(), OrganisationRef.of(p.owner()), p.repository(),
                p.licence(), p.website(), p.adoptedOn(), p.retiredOn(), p.isManagedOn(today), p.developmentStatus(),
                p.softwareType(), p.categories(), p.platforms(), p.logo(), release, maintenance, descriptions, usageCount,
                usages.stream().map(ApiRepresentations::usage).toList(), usagesUrl(p.key()),
                participants.stream().map(pa -> new ProductParticipant(pa.name(), OrganisationRef.of(pa.organisation()),
                        pa.role().code(), pa.allocation(), pa.since(), pa.until(), pa.current())).toList());
    }

    static String usagesUrl(String productKey) {
        return "/api/v1/products/" + org.springframework.web.util.UriUtils.encodePathSegment(productKey, "UTF-8") + "/usages";
    }
}
