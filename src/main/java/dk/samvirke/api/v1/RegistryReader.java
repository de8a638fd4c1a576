package dk.samvirke.api.v1;

import dk.samvirke.api.v1.ApiRepresentations.Contributor;
import dk.samvirke.api.v1.ApiRepresentations.Contributors;
import dk.samvirke.api.v1.ApiRepresentations.Membership;
import dk.samvirke.api.v1.ApiRepresentations.OrganisationContribution;
import dk.samvirke.api.v1.ApiRepresentations.OrganisationDetail;
import dk.samvirke.api.v1.ApiRepresentations.OrganisationParticipant;
import dk.samvirke.api.v1.ApiRepresentations.OrganisationRef;
import dk.samvirke.api.v1.ApiRepresentations.OrganisationSummary;
import dk.samvirke.api.v1.ApiRepresentations.OrganisationUsage;
import dk.samvirke.api.v1.ApiRepresentations.ProductDetail;
import dk.samvirke.api.v1.ApiRepresentations.ProductParticipant;
import dk.samvirke.api.v1.ApiRepresentations.ProductRef;
import dk.samvirke.api.v1.ApiRepresentations.ProductSummary;
import dk.samvirke.api.v1.ApiRepresentations.ProductUsage;
import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.Products;
import dk.samvirke.harvest.HarvestedContributions;
import dk.samvirke.harvest.HarvestedContributor;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.organisations.Organisations;
import dk.samvirke.people.Participation;
import dk.samvirke.people.Participations;
import dk.samvirke.people.Person;
import dk.samvirke.usage.Usage;
import dk.samvirke.usage.Usages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Reads the registry into the public API's representations, as of today. */
@Component
@Transactional(readOnly = true)
class RegistryReader {

    private final Organisations organisations;
    private final Products products;
    private final Usages usages;
    private final Participations participations;
    private final HarvestedContributions harvested;
    private final Clock clock;

    RegistryReader(Organisations organisations, Products products, Usages usages, Participations participations,
            HarvestedContributions harvested, Clock clock) {
        this.organisations = organisations;
        this.products = products;
        this.usages = usages;
        this.participations = participations;
        this.harvested = harvested;
        this.clock = clock;
    }

    List<OrganisationSummary> organisations(Predicate<Organisation> filter) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<ProductRef>> inUse = usages.findAllWithOrganisationAndProduct().stream()
                .filter(u -> u.isActiveOn(today))
                .sorted(Comparator.comparing(u -> u.getProduct().getName()))
                .collect(Collectors.groupingBy(u -> u.getOrganisation().getId(),
                        Collectors.mapping(u -> productRef(u.getProduct()), Collectors.toList())));
        return organisations.findAllWithRegion().stream()
                .filter(filter)
                .map(o -> new OrganisationSummary(o.getKey(), o.getName(), o.getType().code(), o.getCountry(),
                        o.getMunicipalityCode(), o.getCvr(), organisationRef(o.getRegion()), o.getPopulation(),
                        o.getWebsite(), o.getEmailDomains(), membership(o, today), inUse.getOrDefault(o.getId(), List.of())))
                .toList();
    }

    OrganisationDetail organisation(String key) {
        LocalDate today = LocalDate.now(clock);
        Organisation o = organisations.findByKey(key).orElseThrow(() -> notFound("organisation", key));
        var usageList = usages.findByOrganisationKey(key).stream()
                .map(u -> new OrganisationUsage(productRef(u.getProduct()), u.getStatus().code(), u.getProductVersion(),
                        u.getSince(), u.getUntil(), u.isActiveOn(today)))
                .toList();
        var participants = participations.findByOrganisationKey(key).stream()
                .map(p -> new OrganisationParticipant(p.getPerson().getName(), p.getPerson().getTitle(), p.getRole().code(),
                        productRef(p.getProduct()), p.getAllocation(), p.getSince(), p.getUntil(), p.isActiveOn(today)))
                .toList();
        return new OrganisationDetail(o.getKey(), o.getName(), o.getType().code(), o.getCountry(), o.getMunicipalityCode(),
                o.getCvr(), organisationRef(o.getRegion()), o.getPopulation(), o.getWebsite(), o.getEmailDomains(),
                membership(o, today), usageList, participants);
    }

    List<ProductSummary> products(Predicate<ProductSummary> filter) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<Usage>> activeByProduct = usages.findAllWithOrganisationAndProduct().stream()
                .filter(u -> u.isActiveOn(today))
                .sorted(Comparator.comparing(u -> u.getOrganisation().getName()))
                .collect(Collectors.groupingBy(u -> u.getProduct().getId()));
        return products.findAllWithOwner().stream()
                .map(p -> {
                    var active = activeByProduct.getOrDefault(p.getId(), List.of());
                    return new ProductSummary(p.getKey(), p.getName(), p.getSummary(), organisationRef(p.getOwner()),
                            p.getRepository(), p.getLicence(), p.getWebsite(), p.getAdoptedOn(), p.getRetiredOn(),
                            p.isManagedOn(today), active.size(),
                            active.stream().map(u -> organisationRef(u.getOrganisation())).toList());
                })
                .filter(filter)
                .toList();
    }

    ProductDetail product(String key) {
        LocalDate today = LocalDate.now(clock);
        Product p = products.findByKey(key).orElseThrow(() -> notFound("product", key));
        var usageList = productUsages(key);
        var participants = participations.findByProductKey(key).stream()
                .map(pa -> new ProductParticipant(pa.getPerson().getName(), organisationRef(pa.getPerson().getOrganisation()),
                        pa.getRole().code(), pa.getAllocation(), pa.getSince(), pa.getUntil(), pa.isActiveOn(today)))
                .toList();
        int usageCount = (int) usageList.stream().filter(ProductUsage::active).count();
        return new ProductDetail(p.getKey(), p.getName(), p.getSummary(), organisationRef(p.getOwner()), p.getRepository(),
                p.getLicence(), p.getWebsite(), p.getAdoptedOn(), p.getRetiredOn(), p.isManagedOn(today), usageCount,
                usageList, participants);
    }

    List<ProductUsage> productUsages(String key) {
        LocalDate today = LocalDate.now(clock);
        if (products.findByKey(key).isEmpty()) {
            throw notFound("product", key);
        }
        return usages.findByProductKey(key).stream()
                .map(u -> new ProductUsage(organisationRef(u.getOrganisation()), u.getOrganisation().getType().code(),
                        u.getStatus().code(), u.getProductVersion(), u.getSince(), u.getUntil(), u.isActiveOn(today)))
                .toList();
    }

    /**
     * A product's contributors: harvested commit authors and recorded participants, one item per person
     * (matched by e-mail, which is never shown). A harvested author's organisation is the one their
     * e-mail domain names (interfaces.md §5); a participant without commits keeps their registered one.
     * The per-organisation figures count commit authors only, so they agree with {@code git log
     * --use-mailmap}; recorded participants without commits appear as items with 0 commits.
     */
    Contributors contributors(String key) {
        if (products.findByKey(key).isEmpty()) {
            throw notFound("product", key);
        }
        Map<String, List<Participation>> recorded = participations.findByProductKey(key).stream()
                .collect(Collectors.groupingBy(p -> Person.normaliseEmail(p.getPerson().getEmail()), LinkedHashMap::new,
                        Collectors.toList()));
        List<Contributor> items = new ArrayList<>();
        for (HarvestedContributor h : harvested.forProduct(key)) {
            var participations = recorded.remove(h.email());
            String name = participations == null ? h.name() : participations.get(0).getPerson().getName();
            items.add(new Contributor(name, h.organisation(), roles(participations), h.commits(), h.firstContribution(),
                    h.lastContribution()));
        }
        recorded.values().forEach(list -> {
            var person = list.get(0).getPerson();
            items.add(new Contributor(person.getName(),
                    person.getOrganisation() == null ? null : person.getOrganisation().getKey(), roles(list), 0, null, null));
        });
        Map<String, int[]> perOrganisation = new LinkedHashMap<>();
        for (Contributor c : items.stream().filter(c -> c.commits() > 0).toList()) {
            int[] figures = perOrganisation.computeIfAbsent(c.organisation() == null ? "" : c.organisation(), k -> new int[2]);
            figures[0]++;
            figures[1] += c.commits();
        }
        var organisationList = perOrganisation.entrySet().stream()
                .map(e -> new OrganisationContribution(e.getKey().isEmpty() ? null : e.getKey(), e.getValue()[0],
                        e.getValue()[1]))
                .sorted(Comparator.comparingInt(OrganisationContribution::commits).reversed()
                        .thenComparing(o -> o.organisation() == null ? "~" : o.organisation()))
                .toList();
        return new Contributors(items, organisationList);
    }

    private static List<String> roles(List<Participation> participations) {
        return participations == null ? List.of()
                : List.copyOf(participations.stream().map(p -> p.getRole().code()).collect(Collectors.toCollection(TreeSet::new)));
    }

    private static Membership membership(Organisation o, LocalDate today) {
        return new Membership(o.isMemberOn(today), o.getMemberSince(), o.getMemberUntil());
    }

    private static OrganisationRef organisationRef(Organisation o) {
        return o == null ? null : new OrganisationRef(o.getKey(), o.getName());
    }

    private static ProductRef productRef(Product p) {
        return p == null ? null : new ProductRef(p.getKey(), p.getName());
    }

    private static ResponseStatusException notFound(String kind, String key) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + kind + " with key '" + key + "'");
    }
}
