package dk.samvirke.web;

import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.ProductDetails;
import dk.samvirke.catalogue.Products;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.organisations.OrganisationDetails;
import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.organisations.Organisations;
import dk.samvirke.people.Participation;
import dk.samvirke.people.ParticipationDetails;
import dk.samvirke.people.ParticipationRole;
import dk.samvirke.people.Participations;
import dk.samvirke.people.People;
import dk.samvirke.people.Person;
import dk.samvirke.people.PersonDetails;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.usage.Usage;
import dk.samvirke.usage.UsageDetails;
import dk.samvirke.usage.UsageStatus;
import dk.samvirke.usage.Usages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.ApplicationContext;

/**
 * A small registry the page tests know by heart. Today: 4 municipalities, 3 of them members (75 %);
 * on 2014-01-01 only Aarhus was a member. 15 products, so the catalogue has two pages of ten.
 */
final class WebTestData {

    static final LocalDate EARLY = LocalDate.of(2014, 1, 1);

    private final JdbcTemplate jdbc;
    private final Organisations organisations;
    private final Products products;
    private final Usages usages;
    private final People people;
    private final Participations participations;

    private WebTestData(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.organisations = context.getBean(Organisations.class);
        this.products = context.getBean(Products.class);
        this.usages = context.getBean(Usages.class);
        this.people = context.getBean(People.class);
        this.participations = context.getBean(Participations.class);
    }

    /** Empties the registry and fills it with the test data. */
    static void load(ApplicationContext context) {
        new WebTestData(context).load();
    }

    private void load() {
        RegistryCleaner.clean(jdbc);
        var region = organisation("region-midtjylland", "Region Midtjylland", OrganisationType.REGION, null, null, null);
        var aarhus = organisation("aarhus", "Aarhus Kommune", OrganisationType.MUNICIPALITY, "751",
                LocalDate.of(2012, 1, 1), region);
        var koebenhavn = organisation("koebenhavn", "Københavns Kommune", OrganisationType.MUNICIPALITY, "101",
                LocalDate.of(2015, 3, 1), null);
        organisation("frederiksberg", "Frederiksberg Kommune", OrganisationType.MUNICIPALITY,
                "147", LocalDate.of(2020, 6, 1), null);
        var odense = organisation("odense", "Odense Kommune", OrganisationType.MUNICIPALITY, "461", null, null);
        var supplier = organisation("magenta", "Magenta ApS", OrganisationType.SUPPLIER, null, null, null);

        var forms = product("os2forms", "OS2forms", "Selvbetjeningsformularer og digitale arbejdsgange", aarhus,
                "MPL-2.0", LocalDate.of(2018, 1, 1), null);
        var kitos = product("os2kitos", "OS2kitos", "Overblik over kommunens it-systemer og kontrakter", koebenhavn,
                "MPL-2.0", LocalDate.of(2016, 1, 1), null);
        product("os2gammel", "OS2gammel", "Et udfaset system", aarhus, "GPL-3.0-only", LocalDate.of(2013, 1, 1),
                LocalDate.of(2020, 1, 1));
        for (int i = 1; i <= 12; i++) {
            product("produkt-%02d".formatted(i), "Produkt %02d".formatted(i), "Et produkt til afprøvning", null,
                    "EUPL-1.2", null, null);
        }

        usage(aarhus, forms, UsageStatus.PRODUCTION, LocalDate.of(2019, 2, 1), "5.2");
        usage(koebenhavn, forms, UsageStatus.PILOT, LocalDate.of(2021, 5, 1), "5.1");
        usage(odense, forms, UsageStatus.PLANNED, null, null);
        usage(aarhus, kitos, UsageStatus.PRODUCTION, LocalDate.of(2017, 1, 1), "3.0");

        var mette = person("mette@aarhus.dk", "Mette Hansen", aarhus, "Digitaliseringskonsulent");
        var lars = person("lars@kk.dk", "Lars Nielsen", koebenhavn, null);
        var sara = person("sara@magenta.dk", "Sara Jensen", supplier, null);
        participation(mette, forms, ParticipationRole.PRODUCT_MANAGER, "0.5", LocalDate.of(2019, 1, 1));
        participation(lars, forms, ParticipationRole.STEERING_COMMITTEE, "0.1", LocalDate.of(2021, 1, 1));
        participation(sara, kitos, ParticipationRole.DEVELOPER, "1.0", LocalDate.of(2017, 1, 1));
    }

    private Organisation organisation(String key, String name, OrganisationType type, String code,
            LocalDate memberSince, Organisation region) {
        return organisations.save(new Organisation(key, new OrganisationDetails(name, type, "DK", code, null,
                region == null ? null : region.getKey(), null, "https://" + key + ".dk", List.of(key + ".dk"),
                memberSince, null), region));
    }

    private Product product(String key, String name, String summary, Organisation owner, String licence,
            LocalDate adoptedOn, LocalDate retiredOn) {
        return products.save(new Product(key, new ProductDetails(name, summary, owner == null ? null : owner.getKey(),
                "https://github.com/os2/" + key, licence, null, adoptedOn, retiredOn), owner));
    }

    private void usage(Organisation organisation, Product product, UsageStatus status, LocalDate since,
            String version) {
        usages.save(new Usage(organisation, product, new UsageDetails(status, since, null, version, null)));
    }

    private Person person(String email, String name, Organisation organisation, String title) {
        return people.save(new Person(email, new PersonDetails(name, organisation.getKey(), title), organisation));
    }

    private void participation(Person person, Product product, ParticipationRole role, String allocation,
            LocalDate since) {
        participations.save(new Participation(person, product, role,
                new ParticipationDetails(new BigDecimal(allocation), since, null)));
    }
}
