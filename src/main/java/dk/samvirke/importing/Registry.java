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
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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

    /** Organisations loaded at once by {@link #attach}. */
    private static final int CHUNK = 1_000;

    private final EntityManager entityManager;
    private final Organisations repository;

    private Registry(Map<String, Organisation> organisations, Map<String, Product> products, Map<UsageKey, UsageKeys> usages,
            Map<String, Person> people, Map<ParticipationRules.Key, ParticipationKeys> participations,
            EntityManager entityManager, Organisations repository) {
        this.entityManager = entityManager;
        this.repository = repository;
        this.organisations = organisations;
        this.products = products;
        this.usages = usages;
        this.people = people;
        this.participations = participations;
    }

    /**
     * Makes the organisations of these keys ones that a record Hibernate writes may refer to (a product's owner, an
     * updated person's organisation): those this import wrote in bulk ({@code NewOrganisations}), which Hibernate
     * would refuse as unmanaged, are loaded, a chunk at a time, and take their place here. A reference
     * ({@code getReference}) would do for the foreign key, but the history of the referring record names the
     * organisation by its key, which would load the organisations one by one.
     */
    void attach(Collection<String> organisationKeys) {
        List<Long> ids = organisationKeys.stream().filter(java.util.Objects::nonNull).distinct()
                .map(organisations::get).filter(o -> o != null && !entityManager.contains(o)).map(Organisation::getId)
                .toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            repository.findAllById(ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .forEach(o -> organisations.put(o.getKey(), o));
        }
    }

    /** A product or person of this registry, made writable before it is changed (they are loaded read-only). */
    <T> T forUpdate(T record) {
        var session = entityManager.unwrap(Session.class);
        if (session.contains(record) && session.isReadOnly(record)) {
            session.setReadOnly(record, false);
        }
        return record;
    }

    /** Loads the registry for one import. */
    @Component
    static class Loader {

        private final Organisations organisations;
        private final Products products;
        private final Usages usages;
        private final People people;
        private final Participations participations;

        private final EntityManager entityManager;

        Loader(Organisations organisations, Products products, Usages usages, People people,
                Participations participations, EntityManager entityManager) {
            this.entityManager = entityManager;
            this.organisations = organisations;
            this.products = products;
            this.usages = usages;
            this.people = people;
            this.participations = participations;
        }

        Registry load() {
            var byOrganisation = byKey(organisations.findAllWithRegion(), Organisation::getKey);
            // Products and people are loaded read-only: each flush of the import (one per file) would otherwise
            // compare tens of thousands of them with their snapshots; the few that change are made writable first
            // (forUpdate). The organisations stay writable: their periods are records of their own.
            var session = entityManager.unwrap(Session.class);
            boolean readOnly = session.isDefaultReadOnly();
            session.setDefaultReadOnly(true);
            try {
                return new Registry(byOrganisation,
                        byKey(products.findAllWithOwner(), Product::getKey),
                        byKey(usages.findAllKeys(), u -> new UsageKey(u.organisationKey(), u.productKey())),
                        byKey(people.findAllWithOrganisation(), Person::getEmail),
                        byKey(participations.findAllKeys(), ParticipationKeys::key), entityManager, organisations);
            } finally {
                session.setDefaultReadOnly(readOnly);
            }
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
