package dk.samvirke.statistics;

import dk.samvirke.catalogue.Products;
import dk.samvirke.organisations.Organisations;
import dk.samvirke.people.Participations;
import dk.samvirke.usage.Usages;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads the registry once and computes figures for one date or a series of dates. */
@Service
public class StatisticsService {

    private final Organisations organisations;
    private final Products products;
    private final Usages usages;
    private final Participations participations;

    StatisticsService(Organisations organisations, Products products, Usages usages, Participations participations) {
        this.organisations = organisations;
        this.products = products;
        this.usages = usages;
        this.participations = participations;
    }

    @Transactional(readOnly = true)
    public Statistics asOf(LocalDate date) {
        return series(List.of(date)).get(0);
    }

    /** One load of the records for many dates: the trend charts ask for a point per year. */
    @Transactional(readOnly = true)
    public List<Statistics> series(List<LocalDate> dates) {
        var allOrganisations = organisations.findAll();
        var allProducts = products.findAll();
        var allUsages = usages.findAllWithOrganisationAndProduct();
        var allParticipations = participations.findAllWithPersonAndProduct();
        return dates.stream()
                .map(date -> StatisticsCalculator.calculate(date, allOrganisations, allProducts, allUsages, allParticipations))
                .toList();
    }
}
