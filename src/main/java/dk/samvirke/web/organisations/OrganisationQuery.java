package dk.samvirke.web.organisations;

import dk.samvirke.organisations.Organisation;
import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.organisations.Organisations;
import dk.samvirke.people.Participation;
import dk.samvirke.people.Participations;
import dk.samvirke.shared.CodedEnum;
import dk.samvirke.usage.Usage;
import dk.samvirke.usage.Usages;
import dk.samvirke.web.Pagination;
import dk.samvirke.web.WebLinks;
import dk.samvirke.web.organisations.OrganisationList.Row;
import dk.samvirke.web.organisations.OrganisationPage.Participant;
import dk.samvirke.web.organisations.OrganisationPage.ProductUse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads organisations for the pages; see {@code CatalogueQuery} for why the counting is in memory. */
@Component
class OrganisationQuery {

    static final int PAGE_SIZE = 25;

    private final Organisations organisations;
    private final Usages usages;
    private final Participations participations;

    OrganisationQuery(Organisations organisations, Usages usages, Participations participations) {
        this.organisations = organisations;
        this.usages = usages;
        this.participations = participations;
    }

    @Transactional(readOnly = true)
    OrganisationList list(OrganisationCriteria criteria, LocalDate today) {
        Map<Long, Long> productsUsed = usages.findAllWithOrganisationAndProduct().stream()
                .filter(u -> u.isActiveOn(today))
                .collect(Collectors.groupingBy(u -> u.getOrganisation().getId(),
                        Collectors.mapping(u -> u.getProduct().getId(),
                                Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
        List<Row> matching = organisations.findAllWithRegion().stream()
                .filter(o -> criteria.type() == null || criteria.type().equals(o.getType().code()))
                .filter(o -> criteria.member() == null || o.isMemberOn(today) == "yes".equals(criteria.member()))
                .map(o -> row(o, today, productsUsed.getOrDefault(o.getId(), 0L).intValue()))
                .toList();
        var pagination = Pagination.of(criteria.page(), PAGE_SIZE, matching.size(), criteria::hrefOfPage);
        int from = Math.min(pagination.offset(PAGE_SIZE), matching.size());
        return new OrganisationList(criteria, matching.subList(from, Math.min(from + PAGE_SIZE, matching.size())),
                pagination, Arrays.stream(OrganisationType.values()).map(CodedEnum::code).toList());
    }

    @Transactional(readOnly = true)
    Optional<OrganisationPage> find(String key, LocalDate today) {
        return organisations.findByKey(key).map(o -> page(o, today));
    }

    private static Row row(Organisation o, LocalDate today, int productsUsed) {
        var region = o.getRegion();
        return new Row(o.getKey(), o.getName(), o.getType().code(), o.getMunicipalityCode(),
                region == null ? null : region.getKey(), region == null ? null : region.getName(),
                o.isMemberOn(today), o.getMemberSince(), productsUsed);
    }

    private OrganisationPage page(Organisation o, LocalDate today) {
        var region = o.getRegion();
        var products = usages.findByOrganisationKey(o.getKey()).stream().map(u -> productUse(u, today)).toList();
        var people = participations.findByOrganisationKey(o.getKey()).stream()
                .filter(p -> p.isActiveOn(today)).map(OrganisationQuery::participant).toList();
        return new OrganisationPage(o.getKey(), o.getName(), o.getType().code(), o.getCountry(),
                o.getMunicipalityCode(), o.getCvr(), region == null ? null : region.getKey(),
                region == null ? null : region.getName(), o.getPopulation(), WebLinks.httpOrNull(o.getWebsite()),
                o.getMemberSince(), o.getMemberUntil(), o.isMemberOn(today), products, people, o.getId());
    }

    private static ProductUse productUse(Usage usage, LocalDate today) {
        var product = usage.getProduct();
        return new ProductUse(product.getKey(), product.getName(), usage.getStatus().code(),
                usage.getProductVersion(), usage.getSince(), usage.getUntil(), usage.isActiveOn(today), usage.getId());
    }

    private static Participant participant(Participation participation) {
        var person = participation.getPerson();
        var product = participation.getProduct();
        return new Participant(person.getName(), person.getTitle(), product == null ? null : product.getKey(),
                product == null ? null : product.getName(), participation.getRole().code(),
                participation.getAllocation());
    }
}
