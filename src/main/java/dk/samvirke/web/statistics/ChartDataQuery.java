package dk.samvirke.web.statistics;

import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.Products;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.organisations.Organisations;
import dk.samvirke.people.Participation;
import dk.samvirke.people.Participations;
import dk.samvirke.statistics.StatisticsService;
import dk.samvirke.usage.Usage;
import dk.samvirke.usage.Usages;
import dk.samvirke.web.DanishOrder;
import dk.samvirke.web.statistics.ChartData.MunicipalityUsage;
import dk.samvirke.web.statistics.ChartData.ProductUsage;
import dk.samvirke.web.statistics.ChartData.TrendPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the chart numbers from the records, by the same definitions as the published figures. */
@Component
class ChartDataQuery {

    private final StatisticsService statistics;
    private final Organisations organisations;
    private final Products products;
    private final Usages usages;
    private final Participations participations;

    ChartDataQuery(StatisticsService statistics, Organisations organisations, Products products, Usages usages,
            Participations participations) {
        this.statistics = statistics;
        this.organisations = organisations;
        this.products = products;
        this.usages = usages;
        this.participations = participations;
    }

    @Transactional(readOnly = true)
    ChartData chartData(LocalDate asOf, LocalDate today) {
        var allUsages = usages.findAllWithOrganisationAndProduct();
        var municipalUsages = allUsages.stream()
                .filter(u -> u.isActiveOn(asOf) && u.getOrganisation().isMunicipality()
                        && u.getProduct().isManagedOn(asOf))
                .toList();
        return new ChartData(asOf, trend(allUsages, today), perProduct(municipalUsages, asOf),
                perMunicipality(municipalUsages));
    }

    /** One point per year from the year of the earliest date in the records, the last one today. */
    private List<TrendPoint> trend(List<Usage> allUsages, LocalDate today) {
        LocalDate earliest = Stream.of(
                        organisations.findAll().stream().map(Organisation::getMemberSince),
                        products.findAll().stream().map(Product::getAdoptedOn),
                        allUsages.stream().map(Usage::getSince),
                        participations.findAll().stream().map(Participation::getSince))
                .flatMap(s -> s).filter(Objects::nonNull).filter(d -> d.isBefore(today))
                .min(Comparator.naturalOrder()).orElse(today);
        List<LocalDate> dates = new ArrayList<>();
        for (int year = earliest.getYear(); year < today.getYear(); year++) {
            dates.add(LocalDate.of(year, 12, 31));
        }
        dates.add(today);
        return statistics.series(dates).stream()
                .map(s -> new TrendPoint(s.asOf(), s.asOf().equals(today) ? s.asOf().toString()
                        : String.valueOf(s.asOf().getYear()), s.members(), s.productsInUse(), s.municipalUsages()))
                .toList();
    }

    private List<ProductUsage> perProduct(List<Usage> municipalUsages, LocalDate asOf) {
        Map<Long, Long> counts = municipalUsages.stream().collect(Collectors.groupingBy(u -> u.getProduct().getId(),
                Collectors.mapping(u -> u.getOrganisation().getId(),
                        Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
        return products.findAll().stream().filter(p -> p.isManagedOn(asOf))
                .map(p -> new ProductUsage(p.getKey(), p.getName(), counts.getOrDefault(p.getId(), 0L).intValue()))
                .sorted(Comparator.comparingInt(ProductUsage::municipalities).reversed()
                        .thenComparing(DanishOrder.by(ProductUsage::name)))
                .toList();
    }

    private List<MunicipalityUsage> perMunicipality(List<Usage> municipalUsages) {
        Map<Long, Long> counts = municipalUsages.stream().collect(Collectors.groupingBy(
                u -> u.getOrganisation().getId(), Collectors.mapping(u -> u.getProduct().getId(),
                        Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
        return organisations.findAll().stream()
                .filter(o -> o.isMunicipality() && "DK".equals(o.getCountry()) && o.getMunicipalityCode() != null)
                .map(o -> new MunicipalityUsage(o.getKey(), o.getName(), o.getMunicipalityCode(),
                        mapCode(o.getMunicipalityCode()), counts.getOrDefault(o.getId(), 0L).intValue()))
                .sorted(DanishOrder.by(MunicipalityUsage::name))
                .toList();
    }

    /** The geometry's {@code kode} is the DAGI form of the code: four digits, zero-padded. */
    static String mapCode(String municipalityCode) {
        String digits = municipalityCode.trim();
        return "0".repeat(Math.max(0, 4 - digits.length())) + digits;
    }
}
