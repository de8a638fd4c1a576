package dk.samvirke.web.organisations;

import dk.samvirke.organisations.OrganisationDirectory;
import dk.samvirke.organisations.OrganisationFilter;
import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.people.PeopleDirectory;
import dk.samvirke.shared.CodedEnum;
import dk.samvirke.usage.UsageDirectory;
import dk.samvirke.web.Pagination;
import dk.samvirke.web.organisations.OrganisationList.Row;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Puts together the organisation pages from what the organisations, usage and people modules answer. */
@Component
class OrganisationQuery {

    static final int PAGE_SIZE = 25;

    private final OrganisationDirectory organisations;
    private final UsageDirectory usages;
    private final PeopleDirectory people;

    OrganisationQuery(OrganisationDirectory organisations, UsageDirectory usages, PeopleDirectory people) {
        this.organisations = organisations;
        this.usages = usages;
        this.people = people;
    }

    OrganisationList list(OrganisationCriteria criteria, LocalDate today) {
        var type = criteria.type() == null ? null : CodedEnum.fromCode(OrganisationType.class, criteria.type()).orElse(null);
        var filter = new OrganisationFilter(type, criteria.member() == null ? null : criteria.member().equals("yes"),
                false, today);
        var found = organisations.list(filter, PageRequest.of(criteria.page() - 1, PAGE_SIZE));
        var pagination = Pagination.of(criteria.page(), PAGE_SIZE, (int) found.getTotalElements(), criteria::hrefOfPage);
        if (pagination.page() != criteria.page()) {
            found = organisations.list(filter, PageRequest.of(pagination.page() - 1, PAGE_SIZE));
        }
        var inUse = usages.productsInUse(found.getContent().stream().map(o -> o.key()).toList(), today);
        var rows = found.getContent().stream().map(o -> {
            var period = o.currentOrLatestMembership(today);
            return new Row(o.key(), o.name(), o.type().code(), o.municipalityCode(),
                    o.region() == null ? null : o.region().key(), o.region() == null ? null : o.region().name(),
                    o.isMemberOn(today), o.isMemberOn(today) && period != null ? period.from() : null,
                    inUse.getOrDefault(o.key(), List.of()).size(), o.dissolvedOn() != null && !o.existsOn(today));
        }).toList();
        return new OrganisationList(criteria, rows, pagination,
                Arrays.stream(OrganisationType.values()).map(CodedEnum::code).toList());
    }

    /** Every organisation that exists today, with its membership, in the list's order: the CSV download. */
    List<Row> all(LocalDate today) {
        var found = organisations.list(new OrganisationFilter(null, null, false, today), PageRequest.of(0, 100_000));
        var inUse = usages.productsInUse(found.getContent().stream().map(o -> o.key()).toList(), today);
        return found.getContent().stream().map(o -> {
            var period = o.currentOrLatestMembership(today);
            return new Row(o.key(), o.name(), o.type().code(), o.municipalityCode(),
                    o.region() == null ? null : o.region().key(), o.region() == null ? null : o.region().name(),
                    o.isMemberOn(today), o.isMemberOn(today) && period != null ? period.from() : null,
                    inUse.getOrDefault(o.key(), List.of()).size(), o.dissolvedOn() != null && !o.existsOn(today));
        }).toList();
    }

    Optional<OrganisationPage> find(String key, LocalDate today) {
        return organisations.find(key).map(o -> new OrganisationPage(o, today, usages.ofOrganisation(key, today),
                people.participantsFrom(key, today)));
    }
}
