package dk.samvirke.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.ProductDetails;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.organisations.OrganisationDetails;
import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.people.Participation;
import dk.samvirke.people.ParticipationDetails;
import dk.samvirke.people.ParticipationRole;
import dk.samvirke.people.Person;
import dk.samvirke.people.PersonDetails;
import dk.samvirke.usage.Usage;
import dk.samvirke.usage.UsageDetails;
import dk.samvirke.usage.UsageStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The definitions of interfaces.md §3, each at its date boundaries. */
class StatisticsCalculatorTest {

    static final LocalDate D = LocalDate.of(2024, 6, 30);

    final List<Organisation> organisations = new ArrayList<>();
    final List<Product> products = new ArrayList<>();
    final List<Usage> usages = new ArrayList<>();
    final List<Participation> participations = new ArrayList<>();

    Statistics on(LocalDate date) {
        return StatisticsCalculator.calculate(date, organisations, products, usages, participations);
    }

    Organisation org(OrganisationType type, LocalDate memberSince, LocalDate memberUntil) {
        var o = new Organisation("org-" + organisations.size(), new OrganisationDetails("Org " + organisations.size(),
                type, "DK", type == OrganisationType.MUNICIPALITY ? String.valueOf(100 + organisations.size()) : null,
                null, null, null, null, List.of(), memberSince, memberUntil), null);
        organisations.add(o);
        return o;
    }

    Product product(LocalDate adoptedOn, LocalDate retiredOn) {
        var p = new Product("p-" + products.size(), new ProductDetails("P" + products.size(), null, null, null, null,
                null, adoptedOn, retiredOn), null);
        products.add(p);
        return p;
    }

    void usage(Organisation o, Product p, UsageStatus status, LocalDate since, LocalDate until) {
        usages.add(new Usage(o, p, new UsageDetails(status, since, until, null, null)));
    }

    Person person(Organisation o) {
        return new Person("p" + System.nanoTime() + "@x.dk", new PersonDetails("P", null, null), o);
    }

    void participation(Person person, Product product, String allocation, LocalDate since, LocalDate until) {
        participations.add(new Participation(person, product, ParticipationRole.DEVELOPER,
                new ParticipationDetails(allocation == null ? null : new BigDecimal(allocation), since, until)));
    }

    @Test
    void membershipStartsOnMemberSinceAndEndsOnMemberUntil() {
        org(OrganisationType.MUNICIPALITY, D, null);
        org(OrganisationType.MUNICIPALITY, D.minusYears(1), D);
        org(OrganisationType.MUNICIPALITY, null, null);
        org(OrganisationType.REGION, D.minusYears(1), D.plusDays(1));

        assertThat(on(D.minusDays(1))).extracting(Statistics::memberMunicipalities, Statistics::members).containsExactly(1, 2);
        assertThat(on(D)).extracting(Statistics::municipalities, Statistics::memberMunicipalities, Statistics::members)
                .containsExactly(3, 1, 2);
        assertThat(on(D.plusDays(1))).extracting(Statistics::memberMunicipalities, Statistics::members).containsExactly(1, 1);
        assertThat(on(D).memberMunicipalityShare()).isEqualTo(33);
    }

    @Test
    void productIsManagedFromAdoptionUntilRetirement() {
        product(D, null);
        product(null, D);
        product(null, D.plusDays(1));
        assertThat(on(D.minusDays(1)).products()).isEqualTo(2);
        assertThat(on(D).products()).isEqualTo(2);
        assertThat(on(D.plusDays(1)).products()).isEqualTo(1);
    }

    @Test
    void activeUsagesArePilotOrProductionWithinTheirPeriodOfManagedProductsByMunicipalities() {
        var m1 = org(OrganisationType.MUNICIPALITY, null, null);
        var m2 = org(OrganisationType.MUNICIPALITY, null, null);
        var region = org(OrganisationType.REGION, null, null);
        var managed = product(null, null);
        var retired = product(null, D);
        var other = product(null, null);
        usage(m1, managed, UsageStatus.PRODUCTION, D, null);
        usage(m2, managed, UsageStatus.PILOT, null, D.plusDays(1));
        usage(m1, other, UsageStatus.PLANNED, null, null);
        usage(m2, other, UsageStatus.DISCONTINUED, null, null);
        usage(region, other, UsageStatus.PRODUCTION, null, null);
        usage(m1, retired, UsageStatus.PRODUCTION, null, null);

        var onD = on(D);
        assertThat(onD.municipalUsages()).isEqualTo(2);
        assertThat(onD.productsInUse()).isEqualTo(1);
        assertThat(onD.averageProductsPerMunicipality()).isEqualByComparingTo("1.0");
        var dayBefore = on(D.minusDays(1));
        assertThat(dayBefore.municipalUsages()).isEqualTo(2); // m2's pilot, and m1's use of the not yet retired product
        assertThat(dayBefore.productsInUse()).isEqualTo(2);
        assertThat(on(D.plusDays(1)).municipalUsages()).isEqualTo(1);
    }

    @Test
    void participantsAreMunicipalPeopleInManagedProducts() {
        var m1 = org(OrganisationType.MUNICIPALITY, null, null);
        var m2 = org(OrganisationType.MUNICIPALITY, null, null);
        var supplier = org(OrganisationType.SUPPLIER, null, null);
        var managed = product(null, null);
        var notYet = product(D.plusDays(1), null);
        var a = person(m1);
        var b = person(m1);
        var c = person(m2);
        participation(a, managed, null, D, null);
        participation(a, notYet, null, null, null);
        participation(b, managed, null, null, D);
        participation(c, null, null, null, null); // association-wide: not a product participant
        participation(person(supplier), managed, null, null, null);

        assertThat(on(D)).extracting(Statistics::participants, Statistics::participatingMunicipalities).containsExactly(1, 1);
        assertThat(on(D.minusDays(1))).extracting(Statistics::participants, Statistics::participatingMunicipalities)
                .containsExactly(1, 1);
    }

    @Test
    void fullAndPartTimeSumEveryActiveParticipationOfAPerson() {
        var m = org(OrganisationType.MUNICIPALITY, null, null);
        var supplier = org(OrganisationType.SUPPLIER, null, null);
        var p1 = product(null, null);
        var unmanaged = product(D.plusYears(1), null);
        var full = person(m);
        participation(full, p1, "0.5", null, null);
        participation(full, unmanaged, "0,5".replace(',', '.'), null, null);
        var almost = person(supplier);
        participation(almost, p1, "0.999999", null, null);
        var zero = person(m);
        participation(zero, p1, "0", null, null);
        var ended = person(m);
        participation(ended, null, "1", null, D);

        var onD = on(D);
        assertThat(onD.fullTime()).isEqualTo(1);
        assertThat(onD.partTime()).isEqualTo(1);
        assertThat(on(D.minusDays(1)).fullTime()).isEqualTo(2);
    }

    @Test
    void roundsHalfUp() {
        assertThat(StatisticsCalculator.percent(82, 98)).isEqualTo(84);
        assertThat(StatisticsCalculator.percent(1, 8)).isEqualTo(13);
        assertThat(StatisticsCalculator.percent(0, 0)).isZero();
        assertThat(StatisticsCalculator.average(394, 98)).isEqualByComparingTo("4.0");
        assertThat(StatisticsCalculator.average(1, 20)).isEqualByComparingTo("0.1");
        assertThat(StatisticsCalculator.average(3, 40)).isEqualByComparingTo("0.1");
        assertThat(StatisticsCalculator.average(0, 0)).isEqualByComparingTo("0.0");
    }
}
