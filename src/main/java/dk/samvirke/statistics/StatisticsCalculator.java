package dk.samvirke.statistics;

import dk.samvirke.catalogue.Product;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.people.Participation;
import dk.samvirke.people.Person;
import dk.samvirke.usage.Usage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes {@link Statistics} from the records, as of a date. Pure: the same records and date give
 * the same figures, which is what makes trends honest and reproducible.
 */
public final class StatisticsCalculator {

    private StatisticsCalculator() {
    }

    public static Statistics calculate(LocalDate date, List<Organisation> organisations, List<Product> products,
            List<Usage> usages, List<Participation> participations) {
        int municipalities = (int) organisations.stream().filter(Organisation::isMunicipality).count();
        int memberMunicipalities = (int) organisations.stream()
                .filter(o -> o.isMunicipality() && o.isMemberOn(date)).count();
        int members = (int) organisations.stream().filter(o -> o.isMemberOn(date)).count();

        // Records are compared by identity: one persistence context loads each row once.
        Set<Product> managed = new HashSet<>();
        products.stream().filter(p -> p.isManagedOn(date)).forEach(managed::add);

        List<Usage> municipalUsages = usages.stream()
                .filter(u -> u.isActiveOn(date) && u.getOrganisation().isMunicipality()
                        && managed.contains(u.getProduct()))
                .toList();
        int productsInUse = (int) municipalUsages.stream().map(Usage::getProduct).distinct().count();

        Set<Person> participants = new HashSet<>();
        Set<Organisation> participatingMunicipalities = new HashSet<>();
        Map<Person, BigDecimal> allocationPerPerson = new HashMap<>();
        for (Participation participation : participations) {
            if (!participation.isActiveOn(date)) {
                continue;
            }
            var person = participation.getPerson();
            // Full- and part-time count every active participation, association-wide ones included.
            if (participation.getAllocation() != null) {
                allocationPerPerson.merge(person, participation.getAllocation(), BigDecimal::add);
            }
            var organisation = person.getOrganisation();
            var product = participation.getProduct();
            if (organisation != null && organisation.isMunicipality() && product != null
                    && managed.contains(product)) {
                participants.add(person);
                participatingMunicipalities.add(organisation);
            }
        }
        int fullTime = (int) allocationPerPerson.values().stream().filter(a -> a.compareTo(BigDecimal.ONE) >= 0).count();
        int partTime = (int) allocationPerPerson.values().stream()
                .filter(a -> a.signum() > 0 && a.compareTo(BigDecimal.ONE) < 0).count();

        return new Statistics(date, municipalities, memberMunicipalities,
                percent(memberMunicipalities, municipalities), members, managed.size(), productsInUse,
                municipalUsages.size(), average(municipalUsages.size(), municipalities),
                participants.size(), participatingMunicipalities.size(), fullTime, partTime);
    }

    static int percent(int part, int whole) {
        if (whole == 0) {
            return 0;
        }
        return BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).intValueExact();
    }

    static BigDecimal average(int total, int count) {
        if (count == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }
}
