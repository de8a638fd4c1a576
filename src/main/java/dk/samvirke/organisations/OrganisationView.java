package dk.samvirke.organisations;

import dk.samvirke.shared.Period;
import java.time.LocalDate;
import java.util.List;

/**
 * An organisation as pages and the API show it, with its history: when it was founded and dissolved,
 * who took over from it and whom it took over from, and every period of membership.
 *
 * @param version the organisation's version: the ETag that {@code PUT …/memberships} sends back as If-Match
 */
public record OrganisationView(String key, String name, OrganisationType type, String country,
        String municipalityCode, String cvr, OrganisationRef region, Integer population, String website,
        List<String> emailDomains, LocalDate foundedOn, LocalDate dissolvedOn, OrganisationRef successor,
        List<OrganisationRef> predecessors, String ean, List<Period> memberships, long id, long version) {

    public OrganisationView {
        emailDomains = List.copyOf(emailDomains);
        predecessors = List.copyOf(predecessors);
        memberships = List.copyOf(memberships);
    }

    public boolean existsOn(LocalDate date) {
        return Period.includes(foundedOn, dissolvedOn, date);
    }

    public boolean isMemberOn(LocalDate date) {
        return existsOn(date) && memberships.stream().anyMatch(p -> p.includes(date));
    }

    public boolean isMunicipality() {
        return type == OrganisationType.MUNICIPALITY;
    }

    /** The period that includes the date, or else the latest one: what a v1 answer's memberSince/memberUntil show. */
    public Period currentOrLatestMembership(LocalDate date) {
        return memberships.stream().filter(p -> p.includes(date)).findFirst()
                .orElse(memberships.isEmpty() ? null : memberships.get(memberships.size() - 1));
    }

    /** A period of membership in years, as people say it: "2013–2017" (until is exclusive), or "from 2018". */
    public record MembershipSpan(int fromYear, Integer toYear) {

        public boolean isOpen() {
            return toYear == null;
        }

        /** "2013–2017", "2013", or "2018" for an open period (the caller says "from"). */
        public String years() {
            return toYear == null || toYear == fromYear ? String.valueOf(fromYear) : fromYear + "–" + toYear;
        }
    }

    /** Every period of membership in years, in order: the organisation's whole history with the association. */
    public List<MembershipSpan> membershipSpans() {
        return memberships.stream().map(p -> new MembershipSpan(p.from().getYear(),
                p.to() == null ? null : Math.max(p.from().getYear(), p.to().minusDays(1).getYear()))).toList();
    }

    /** Dissolved on a date after {@code today}: a merger that is planned but has not happened yet. */
    public boolean isDissolutionPlanned(LocalDate today) {
        return dissolvedOn != null && dissolvedOn.isAfter(today);
    }

    /** Founded after {@code today}: an organisation that will come into being. */
    public boolean isFoundingPlanned(LocalDate today) {
        return foundedOn != null && foundedOn.isAfter(today);
    }
}
