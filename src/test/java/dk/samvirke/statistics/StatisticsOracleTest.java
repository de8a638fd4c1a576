package dk.samvirke.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.shared.Period;
import dk.samvirke.statistics.StatisticsCalculator.Organisation;
import dk.samvirke.statistics.StatisticsCalculator.Participation;
import dk.samvirke.statistics.StatisticsCalculator.Product;
import dk.samvirke.statistics.StatisticsCalculator.Usage;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.usage.UsageStatus;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database's figures ({@link StatisticsService}: SQL aggregates) equal the plain definitions
 * ({@link StatisticsCalculator}) on random registries — organisations founded and dissolved, with several
 * membership periods, products adopted and retired, usages and participations with and without periods —
 * on every date where something begins or ends, the day before each, and the first and last dates there
 * are. Runs on H2 and, with {@code -Ppostgres}, on PostgreSQL.
 */
@IntegrationTest
class StatisticsOracleTest {

    @Autowired
    StatisticsService statistics;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "random registry {0}")
    @ValueSource(longs = {1, 2, 3})
    void theDatabaseComputesWhatTheDefinitionsSay(long seed) {
        RegistryCleaner.clean(jdbc);
        var registry = new RandomRegistry(new Random(seed));
        registry.insert(jdbc);

        var dates = registry.dates();
        var computed = statistics.series(dates);
        for (int i = 0; i < dates.size(); i++) {
            var expected = StatisticsCalculator.calculate(dates.get(i), registry.organisations, registry.products,
                    registry.usages, registry.participations);
            // the §3 figures against the oracle; the §3.1 figures come from their modules, each with its own oracle
            assertThat(computed.get(i)).as("figures as of %s (seed %d)", dates.get(i), seed)
                    .isEqualTo(expected.with(computed.get(i).figures()));
        }
        // the registries are varied enough for every figure to be tested, not just zeros
        assertThat(computed).anySatisfy(s -> {
            assertThat(s.memberMunicipalities()).isPositive();
            assertThat(s.productsInUse()).isPositive();
            assertThat(s.participants()).isPositive();
            assertThat(s.fullTime()).isPositive();
            assertThat(s.partTime()).isPositive();
        });
        assertThat(computed.stream().map(Statistics::municipalities).distinct().count()).isGreaterThan(2);
        RegistryCleaner.clean(jdbc);
    }

    /** A registry drawn at random, kept both as the oracle's records and as rows for the database. */
    static final class RandomRegistry {

        private static final long BASE = 9_000_000L; // ids well above what the sequences hand out in a test run
        private static final OrganisationType[] TYPES = {OrganisationType.MUNICIPALITY, OrganisationType.MUNICIPALITY,
            OrganisationType.MUNICIPALITY, OrganisationType.REGION, OrganisationType.SUPPLIER, OrganisationType.OTHER};
        private static final String[] ALLOCATIONS = {null, null, null, "0", "0.25", "0.5", "0.999999", "1", "0.75"};

        final Random random;
        final List<Organisation> organisations = new ArrayList<>();
        final List<Product> products = new ArrayList<>();
        final List<Usage> usages = new ArrayList<>();
        final List<Participation> participations = new ArrayList<>();
        final List<Long> personOrganisation = new ArrayList<>();

        RandomRegistry(Random random) {
            this.random = random;
            for (int i = 0; i < 40; i++) {
                LocalDate founded = maybe(0.3) ? date() : null;
                LocalDate dissolved = maybe(0.3) ? later(founded) : null;
                organisations.add(new Organisation(BASE + i, TYPES[random.nextInt(TYPES.length)], founded, dissolved,
                        periods()));
            }
            for (int i = 0; i < 12; i++) {
                LocalDate adopted = maybe(0.7) ? date() : null;
                products.add(new Product(BASE + i, adopted, maybe(0.3) ? later(adopted) : null));
            }
            Set<String> pairs = new HashSet<>();
            for (int i = 0; i < 160; i++) {
                long organisation = BASE + random.nextInt(organisations.size());
                long product = BASE + random.nextInt(products.size());
                if (pairs.add(organisation + "/" + product)) {
                    LocalDate since = maybe(0.8) ? date() : null;
                    usages.add(new Usage(organisation, product, UsageStatus.values()[random.nextInt(4)], since,
                            maybe(0.4) ? later(since) : null));
                }
            }
            for (int person = 0; person < 60; person++) {
                personOrganisation.add(maybe(0.1) ? null : BASE + random.nextInt(organisations.size()));
            }
            for (int i = 0; i < 170; i++) {
                int person = random.nextInt(personOrganisation.size());
                LocalDate since = maybe(0.8) ? date() : null;
                String allocation = ALLOCATIONS[random.nextInt(ALLOCATIONS.length)];
                participations.add(new Participation(BASE + person, personOrganisation.get(person),
                        maybe(0.15) ? null : BASE + random.nextInt(products.size()),
                        allocation == null ? null : new BigDecimal(allocation), since, maybe(0.4) ? later(since) : null));
            }
        }

        /** Non-overlapping periods: each starts at or after the previous one's end. */
        private List<Period> periods() {
            List<Period> periods = new ArrayList<>();
            LocalDate start = LocalDate.of(2004, 1, 1).plusDays(random.nextInt(3000));
            for (int n = random.nextInt(4); n > 0; n--) {
                LocalDate end = maybe(0.3) && n == 1 ? null : start.plusDays(1 + random.nextInt(1500));
                periods.add(new Period(start, end));
                if (end == null) {
                    break;
                }
                start = end.plusDays(random.nextInt(3) == 0 ? 0 : random.nextInt(900));
            }
            return periods;
        }

        private boolean maybe(double probability) {
            return random.nextDouble() < probability;
        }

        private LocalDate date() {
            return LocalDate.of(2005, 1, 1).plusDays(random.nextInt(9000));
        }

        private LocalDate later(LocalDate start) {
            return (start == null ? date() : start).plusDays(random.nextInt(3000));
        }

        /** Every day on which something begins or ends and the day before it, and the extremes. */
        List<LocalDate> dates() {
            TreeSet<LocalDate> days = new TreeSet<>(List.of(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31)));
            organisations.forEach(o -> {
                edges(days, o.foundedOn(), o.dissolvedOn());
                o.memberships().forEach(p -> edges(days, p.from(), p.to()));
            });
            products.forEach(p -> edges(days, p.adoptedOn(), p.retiredOn()));
            usages.forEach(u -> edges(days, u.since(), u.until()));
            participations.forEach(p -> edges(days, p.since(), p.until()));
            List<LocalDate> all = new ArrayList<>(days);
            // a sample keeps the run short; the extremes and a fixed stride of the boundaries stay in
            List<LocalDate> chosen = new ArrayList<>();
            for (int i = 0; i < all.size(); i += Math.max(1, all.size() / 150)) {
                chosen.add(all.get(i));
            }
            chosen.add(all.get(all.size() - 1));
            return chosen;
        }

        private static void edges(Set<LocalDate> days, LocalDate from, LocalDate to) {
            for (LocalDate d : new LocalDate[] {from, to}) {
                if (d != null) {
                    days.add(d);
                    days.add(d.minusDays(1));
                }
            }
        }

        void insert(JdbcTemplate jdbc) {
            var now = Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 0, 0));
            long membership = BASE;
            for (var o : organisations) {
                boolean municipality = o.type() == OrganisationType.MUNICIPALITY;
                jdbc.update("insert into organisation (id, org_key, name, type, country, municipality_code, founded_on,"
                                + " dissolved_on, version, created_at, updated_at) values (?, ?, ?, ?, 'DK', ?, ?, ?, 0, ?, ?)",
                        o.id(), "o" + o.id(), "O " + o.id(), o.type().code(), municipality ? String.valueOf(o.id()) : null,
                        date(o.foundedOn()), date(o.dissolvedOn()), now, now);
                for (var p : o.memberships()) {
                    jdbc.update("insert into membership (id, organisation_id, since, until, version, created_at, updated_at)"
                            + " values (?, ?, ?, ?, 0, ?, ?)", membership++, o.id(), date(p.from()), date(p.to()), now, now);
                }
            }
            for (var p : products) {
                jdbc.update("insert into product (id, product_key, name, adopted_on, retired_on, version, created_at,"
                        + " updated_at) values (?, ?, ?, ?, ?, 0, ?, ?)", p.id(), "p" + p.id(), "P " + p.id(),
                        date(p.adoptedOn()), date(p.retiredOn()), now, now);
            }
            long id = BASE;
            for (var u : usages) {
                jdbc.update("insert into product_usage (id, organisation_id, product_id, status, since, until, version,"
                        + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, 0, ?, ?)", id++, u.organisationId(),
                        u.productId(), u.status().code(), date(u.since()), date(u.until()), now, now);
            }
            for (int person = 0; person < personOrganisation.size(); person++) {
                jdbc.update("insert into person (id, email, name, organisation_id, version, created_at, updated_at)"
                        + " values (?, ?, ?, ?, 0, ?, ?)", BASE + person, "p" + person + "@x.dk", "P" + person,
                        personOrganisation.get(person), now, now);
            }
            for (var p : participations) {
                jdbc.update("insert into participation (id, person_id, product_id, role, allocation, since, until,"
                        + " version, created_at, updated_at) values (?, ?, ?, 'developer', ?, ?, ?, 0, ?, ?)", id++,
                        p.personId(), p.productId(), p.allocation(), date(p.since()), date(p.until()), now, now);
            }
        }

        private static Date date(LocalDate date) {
            return date == null ? null : Date.valueOf(date);
        }
    }
}
