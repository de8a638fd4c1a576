package dk.samvirke.organisations;

import dk.samvirke.shared.Period;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything that describes an organisation, as one value: imports compare it to tell an update
 * from "unchanged", and forms and the API bind to it instead of the entity.
 *
 * @param foundedOn    empty: existed before the registry's history begins
 * @param dissolvedOn  the first day it no longer exists (interfaces.md §3: exists on D when D is before it)
 * @param successorKey the organisation that took over on {@code dissolvedOn}
 * @param memberships  its periods of membership of the association, in order of their start
 */
public record OrganisationDetails(
        String name,
        OrganisationType type,
        String country,
        String municipalityCode,
        String cvr,
        String regionKey,
        Integer population,
        String website,
        List<String> emailDomains,
        LocalDate foundedOn,
        LocalDate dissolvedOn,
        String successorKey,
        String ean,
        List<Period> memberships) {

    public OrganisationDetails {
        emailDomains = emailDomains == null ? List.of() : List.copyOf(emailDomains);
        memberships = memberships == null ? List.of()
                : memberships.stream().sorted(Comparator.comparing(Period::from)).toList();
    }

    /** The v1 shape: no history, at most one membership period from member_since to member_until. */
    public OrganisationDetails(String name, OrganisationType type, String country, String municipalityCode, String cvr,
            String regionKey, Integer population, String website, List<String> emailDomains, LocalDate memberSince,
            LocalDate memberUntil) {
        this(name, type, country, municipalityCode, cvr, regionKey, population, website, emailDomains, null, null, null,
                null, memberSince == null ? List.of() : List.of(new Period(memberSince, memberUntil)));
    }

    public OrganisationDetails withMemberships(List<Period> periods) {
        return new OrganisationDetails(name, type, country, municipalityCode, cvr, regionKey, population, website,
                emailDomains, foundedOn, dissolvedOn, successorKey, ean, periods);
    }

    /** The latest period: what a v1 package's member_since and member_until show. */
    public Optional<Period> latestMembership() {
        return memberships.isEmpty() ? Optional.empty() : Optional.of(memberships.get(memberships.size() - 1));
    }

    /** v1: the start of the latest period, what a v1 package's member_since shows. */
    public LocalDate memberSince() {
        return latestMembership().map(Period::from).orElse(null);
    }

    /** v1: the end of the latest period, what a v1 package's member_until shows. */
    public LocalDate memberUntil() {
        return latestMembership().map(Period::to).orElse(null);
    }

    /** Equal apart from the memberships, which a package may bring in a file of their own. */
    public boolean describesAlike(OrganisationDetails other) {
        return Objects.equals(withMemberships(List.of()), other.withMemberships(List.of()));
    }
}
