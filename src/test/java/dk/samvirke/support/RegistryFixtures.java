package dk.samvirke.support;

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
import dk.samvirke.usage.Usage;
import dk.samvirke.usage.UsageDetails;
import dk.samvirke.usage.UsageStatus;
import dk.samvirke.usage.Usages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Creates registry records for tests in a line each. */
@Component
public class RegistryFixtures {

    private final Organisations organisations;
    private final Products products;
    private final Usages usages;
    private final People people;
    private final Participations participations;

    public RegistryFixtures(Organisations organisations, Products products, Usages usages, People people,
            Participations participations) {
        this.organisations = organisations;
        this.products = products;
        this.usages = usages;
        this.people = people;
        this.participations = participations;
    }

    public Organisation municipality(String key, String name, String code, LocalDate memberSince) {
        return organisations.save(new Organisation(key, new OrganisationDetails(name, OrganisationType.MUNICIPALITY, "DK",
                code, null, null, 50_000, "https://www." + key + ".dk", List.of(key + ".dk"), memberSince, null), null));
    }

    public Organisation organisation(String key, String name, OrganisationType type) {
        return organisations.save(new Organisation(key, new OrganisationDetails(name, type, "DK", null, null, null,
                null, null, List.of(), null, null), null));
    }

    public Product product(String key, String name, Organisation owner) {
        return products.save(new Product(key, new ProductDetails(name, name + " – fælles kommunal løsning",
                owner == null ? null : owner.getKey(), "https://github.com/OS2/" + key, "MPL-2.0",
                "https://os2.eu/produkt/" + key, LocalDate.of(2015, 1, 1), null), owner));
    }

    public Usage usage(Organisation organisation, Product product, UsageStatus status, String version) {
        return usages.save(new Usage(organisation, product,
                new UsageDetails(status, LocalDate.of(2020, 1, 1), null, version, "it@" + organisation.getKey() + ".dk")));
    }

    public Person person(String email, String name, Organisation organisation) {
        return people.save(new Person(email, new PersonDetails(name, organisation == null ? null : organisation.getKey(),
                null), organisation));
    }

    public Participation participation(Person person, Product product, ParticipationRole role, String allocation) {
        return participations.save(new Participation(person, product, role,
                new ParticipationDetails(allocation == null ? null : new BigDecimal(allocation), LocalDate.of(2020, 1, 1),
                        null)));
    }
}
