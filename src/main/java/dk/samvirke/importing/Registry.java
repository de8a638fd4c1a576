package dk.samvirke.importing;

import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.Products;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.organisations.Organisations;
import dk.samvirke.people.ParticipationRules;
import dk.samvirke.people.ParticipationKeys;
import dk.samvirke.people.Participations;
import dk.samvirke.people.People;
import dk.samvirke.people.Person;
import dk.samvirke.usage.UsageKeys;
import dk.samvirke.usage.Usages;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The registry's records already in the database, each loaded once with what it refers to and kept by
 * key, so that an import of thousands of rows asks the database five questions rather than one per row.
 * The registry's files share one per import ({@link ImportContext#shared}); the writers add what they
 * create, so later files find the records earlier files created.
 */
final class Registry {

    final Map<String, Organisation> organisations;
    final Map<String, Product> products;
    /** Light rows, not entities: a re-import of 200 000 usages loads the entities of the changed ones only. */
    final Map<UsageKey, UsageKeys> usages;
    final Map<String, Person> people;
    /** Light rows, as the usages. */
    final Map<ParticipationRules.Key, ParticipationKeys> participations;

    /** What identifies a usage: organisation and product. */
    record UsageKey(String organisationKey, String productKey) {
    }

    private Registry(Map<String, Organisation> organisations, Map<String, Product> products, Map<UsageKey, UsageKeys> usages,
            Map<String, Person> people, Map<ParticipationRules.Key, ParticipationKeys> participations) {
        this.organisations = organisations;
        this.products = products;
        this.usages = usages;
        this.people = people;
        this.participations = participations;
    }

    /** Loads the registry for one import. */
    @Component
    static class Loader {

        private final Organisations organisations;
        private final Products products;
        private final Usages usages;
        private final People people;
        private final Participations participations;

        Loader(Organisations organisations, Products products, Usages usages, People people,
                Participations participations) {
            this.organisations = organisations;
            this.products = products;
            this.usages = usages;
            this.people = people;
            this.participations = participations;
        }

        Registry load() {
            return new Registry(
                    byKey(organisations.findAllWithRegion(), Organisation::getKey),
                    byKey(products.findAllWithOwner(), Product::getKey),
                    byKey(usages.findAllKeys(), u -> new UsageKey(u.organisationKey(), u.productKey())),
                    byKey(people.findAllWithOrganisation(), Person::getEmail),
                    byKey(participations.findAllKeys(), ParticipationKeys::key));
        }

        Registry of(ImportContext context) {
            return context.shared(Registry.class, this::load);
        }

        /** The first of records with the same key wins: older databases may hold duplicate participations. */
        private static <K, V> Map<K, V> byKey(Iterable<V> records, Function<V, K> key) {
            Map<K, V> map = new HashMap<>();
            records.forEach(record -> map.putIfAbsent(key.apply(record), record));
            return map;
        }
    }
}
