package dk.samvirke.importing;

import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.Products;
import dk.samvirke.importing.PackageRows.ParticipationKey;
import dk.samvirke.importing.PackageRows.UsageKey;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.organisations.Organisations;
import dk.samvirke.people.Participation;
import dk.samvirke.people.Participations;
import dk.samvirke.people.People;
import dk.samvirke.people.Person;
import dk.samvirke.usage.Usage;
import dk.samvirke.usage.Usages;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The records already in the database, each loaded once with what it refers to and kept by key, so
 * that an import of thousands of rows asks the database five questions rather than one per row.
 * The writer adds what it creates, so later files find the records earlier files created.
 */
final class Registry {

    final Map<String, Organisation> organisations;
    final Map<String, Product> products;
    final Map<UsageKey, Usage> usages;
    final Map<String, Person> people;
    final Map<ParticipationKey, Participation> participations;

    private Registry(Map<String, Organisation> organisations, Map<String, Product> products, Map<UsageKey, Usage> usages,
            Map<String, Person> people, Map<ParticipationKey, Participation> participations) {
        this.organisations = organisations;
        this.products = products;
        this.usages = usages;
        this.people = people;
        this.participations = participations;
    }

    static Registry load(Organisations organisations, Products products, Usages usages, People people,
            Participations participations) {
        return new Registry(
                byKey(organisations.findAllWithRegion(), Organisation::getKey),
                byKey(products.findAllWithOwner(), Product::getKey),
                byKey(usages.findAllWithOrganisationAndProduct(), Registry::key),
                byKey(people.findAllWithOrganisation(), Person::getEmail),
                byKey(participations.findAllWithPersonAndProduct(), Registry::key));
    }

    static UsageKey key(Usage usage) {
        return new UsageKey(usage.getOrganisation().getKey(), usage.getProduct().getKey());
    }

    static ParticipationKey key(Participation participation) {
        return new ParticipationKey(participation.getPerson().getEmail(),
                participation.getProduct() == null ? null : participation.getProduct().getKey(), participation.getRole());
    }

    /** The first of records with the same key wins: the schema does not forbid duplicate participations. */
    private static <K, V> Map<K, V> byKey(Iterable<V> records, Function<V, K> key) {
        Map<K, V> map = new HashMap<>();
        records.forEach(record -> map.putIfAbsent(key.apply(record), record));
        return map;
    }
}
