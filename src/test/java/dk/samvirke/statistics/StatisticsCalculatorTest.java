package dk.samvirke.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.shared.Period;
import dk.samvirke.statistics.StatisticsCalculator.Organisation;
import dk.samvirke.statistics.StatisticsCalculator.Participation;
import dk.samvirke.statistics.StatisticsCalculator.Product;
import dk.samvirke.statistics.StatisticsCalculator.Usage;
import dk.samvirke.usage.UsageStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The definitions of interfaces.md §3, as the oracle states them, each at its date boundaries. */
class StatisticsCalculatorTest {

    static final LocalDate D = LocalDate.of(2024, 6, 30);

    final List<Organisation> organisations = new ArrayList<>();
    final List<Product> products = new ArrayList<>();
    final List<Usage> usages = new ArrayList<>();
    final List<Participation> participations = new ArrayList<>();
    long people;

    Statistics on(LocalDate date) {
        return StatisticsCalculator.calculate(date, organisations, products, usages, participations);
    }

    Organisation org(OrganisationType type, LocalDate memberSince, LocalDate memberUntil) {
        return org(type, null, null, memberSince == null ? List.of() : List.of(new Period(memberSince, memberUntil)));
    }

    Organisation org(OrganisationType type, LocalDate founded, LocalDate dissolved, List<Period> memberships) {
        var o = new Organisation(organisations.size(), type, founded, dissolved, memberships);
        organisations.add(o);
        return o;
    }

    Product product(LocalDate adoptedOn, LocalDate retiredOn) {
        var p = new Product(products.size(), adoptedOn, retiredOn);
        products.add(p);
        return p;
    }

    void usage(Organisation o, Product p, UsageStatus status, LocalDate since, LocalDate until) {
        usages.add(new Usage(o.id(), p.id(), status, since, until));
    }

    /** A person is an id and the organisation they belong to. */
    record Person(long id, Organisation organisation) {
    }

    Person person(Organisation o) {
        return new Person(people++, o);
    }

    void participation(Person person, Product product, String allocation, LocalDate since, LocalDate until) {
        participations.add(new Participation(person.id(), person.organisation() == null ? null : person.organisation().id(),
                product == null ? null : product.id(), allocation == null ? null : new BigDecimal(allocation), since, until));
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
    void onlyOrganisationsThatExistOnTheDateCount() {
        var dissolved = org(OrganisationType.MUNICIPALITY, null, D, List.of(new Period(D.minusYears(3), null)));
        var founded = org(OrganisationType.MUNICIPALITY, D, null, List.of(new Period(D, null)));
        var product = product(null, null);
        usage(dissolved, product, UsageStatus.PRODUCTION, null, null);
        usage(founded, product, UsageStatus.PRODUCTION, null, null);
        participation(person(dissolved), product, "1", null, null);

        var before = on(D.minusDays(1));
        assertThat(before).extracting(Statistics::municipalities, Statistics::memberMunicipalities,
                Statistics::municipalUsages, Statistics::participants).containsExactly(1, 1, 1, 1);
        var onD = on(D);
        assertThat(onD).extracting(Statistics::municipalities, Statistics::memberMunicipalities,
                Statistics::municipalUsages, Statistics::participants).containsExactly(1, 1, 1, 0);
        // a person counts in full- and part-time whatever happened to their organisation
        assertThat(onD.fullTime()).isEqualTo(1);
    }

    @Test
    void aMemberThatLeftAndRejoinedIsAMemberInEachPeriodOnly() {
        org(OrganisationType.MUNICIPALITY, null, null,
                List.of(new Period(D.minusYears(5), D.minusYears(1)), new Period(D, null)));
        assertThat(on(D.minusYears(5)).memberMunicipalities()).isEqualTo(1);
        assertThat(on(D.minusYears(1).minusDays(1)).memberMunicipalities()).isEqualTo(1);
        assertThat(on(D.minusYears(1)).memberMunicipalities()).isZero();
        assertThat(on(D.minusDays(1)).memberMunicipalities()).isZero();
        assertThat(on(D).memberMunicipalities()).isEqualTo(1);
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
        assertThat(Statistics.percent(82, 98)).isEqualTo(84);
        assertThat(Statistics.percent(1, 8)).isEqualTo(13);
        assertThat(Statistics.percent(0, 0)).isZero();
        assertThat(Statistics.average(394, 98)).isEqualByComparingTo("4.0");
        assertThat(Statistics.average(1, 20)).isEqualByComparingTo("0.1");
        assertThat(Statistics.average(3, 40)).isEqualByComparingTo("0.1");
        assertThat(Statistics.average(0, 0)).isEqualByComparingTo("0.0");
    }
}
