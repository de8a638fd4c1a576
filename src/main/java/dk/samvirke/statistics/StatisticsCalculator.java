package dk.samvirke.statistics;

import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.shared.Period;
import dk.samvirke.usage.UsageStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The definitions of interfaces.md §3 written out plainly, over records in memory: the oracle that the
 * database's figures ({@link StatisticsService}) are tested against on random registries. Pure: the same
 * records and date give the same figures. Not used to serve requests: it needs every record loaded.
 */
public final class StatisticsCalculator {

    private StatisticsCalculator() {
    }

    public record Organisation(long id, OrganisationType type, LocalDate foundedOn, LocalDate dissolvedOn,
            List<Period> memberships) {

        boolean existsOn(LocalDate d) {
            return Period.includes(foundedOn, dissolvedOn, d);
        }

        boolean isMemberOn(LocalDate d) {
            return existsOn(d) && memberships.stream().anyMatch(p -> p.includes(d));
        }

        boolean isMunicipality() {
            return type == OrganisationType.MUNICIPALITY;
        }
    }

    public record Product(long id, LocalDate adoptedOn, LocalDate retiredOn) {

        boolean isManagedOn(LocalDate d) {
            return Period.includes(adoptedOn, retiredOn, d);
        }
    }

    public record Usage(long organisationId, long productId, UsageStatus status, LocalDate since, LocalDate until) {

        boolean isActiveOn(LocalDate d) {
            return status.isInUse() && Period.includes(since, until, d);
        }
    }

    /** {@code organisationId} and {@code productId} may be null (no organisation; a part in the association). */
    public record Participation(long personId, Long organisationId, Long productId, BigDecimal allocation,
            LocalDate since, LocalDate until) {

        boolean isActiveOn(LocalDate d) {
            return Period.includes(since, until, d);
        }
    }

    public static Statistics calculate(LocalDate date, List<Organisation> organisations, List<Product> products,
            List<Usage> usages, List<Participation> participations) {
        Map<Long, Organisation> existing = organisations.stream().filter(o -> o.existsOn(date))
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        int municipalities = (int) existing.values().stream().filter(Organisation::isMunicipality).count();
        int memberMunicipalities = (int) existing.values().stream()
                .filter(o -> o.isMunicipality() && o.isMemberOn(date)).count();
        int members = (int) existing.values().stream().filter(o -> o.isMemberOn(date)).count();

        Set<Long> managed = products.stream().filter(p -> p.isManagedOn(date)).map(Product::id).collect(Collectors.toSet());

        // An active usage (its organisation exists on the date) of a managed product by a municipality.
        List<Usage> municipalUsages = usages.stream()
                .filter(u -> u.isActiveOn(date) && existing.containsKey(u.organisationId())
                        && existing.get(u.organisationId()).isMunicipality() && managed.contains(u.productId()))
                .toList();
        int productsInUse = (int) municipalUsages.stream().map(Usage::productId).distinct().count();

        Set<Long> participants = new HashSet<>();
        Set<Long> participatingMunicipalities = new HashSet<>();
        Map<Long, BigDecimal> allocationPerPerson = new HashMap<>();
        for (Participation participation : participations) {
            if (!participation.isActiveOn(date)) {
                continue;
            }
            // Full- and part-time count every active participation of anyone, association-wide ones included.
            if (participation.allocation() != null) {
                allocationPerPerson.merge(participation.personId(), participation.allocation(), BigDecimal::add);
            }
            var organisation = participation.organisationId() == null ? null : existing.get(participation.organisationId());
            if (organisation != null && organisation.isMunicipality() && participation.productId() != null
                    && managed.contains(participation.productId())) {
                participants.add(participation.personId());
                participatingMunicipalities.add(organisation.id());
            }
        }
        int fullTime = (int) allocationPerPerson.values().stream().filter(a -> a.compareTo(BigDecimal.ONE) >= 0).count();
        int partTime = (int) allocationPerPerson.values().stream()
                .filter(a -> a.signum() > 0 && a.compareTo(BigDecimal.ONE) < 0).count();

        return Statistics.of(date, new Statistics.Counts(municipalities, memberMunicipalities, members, managed.size(),
                productsInUse, municipalUsages.size(), participants.size(), participatingMunicipalities.size(), fullTime,
                partTime));
    }
}
