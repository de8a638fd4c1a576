package dk.samvirke.importing;

import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.Products;
import dk.samvirke.importing.PackageRows.OrganisationRow;
import dk.samvirke.importing.PackageRows.ParticipationRow;
import dk.samvirke.importing.PackageRows.PersonRow;
import dk.samvirke.importing.PackageRows.ProductRow;
import dk.samvirke.importing.PackageRows.UsageRow;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.organisations.Organisations;
import dk.samvirke.people.Participation;
import dk.samvirke.people.Participations;
import dk.samvirke.people.People;
import dk.samvirke.people.Person;
import dk.samvirke.usage.Usage;
import dk.samvirke.usage.Usages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Upserts a validated package, file by file, inside the caller's transaction. A record whose details
 * equal those in the database is left alone, which is what makes a re-import change nothing.
 *
 * <p>Everything goes through the entities, so the history records every created and changed record
 * as it does for any other change. The entities' pooled sequence ids let Hibernate send the inserts
 * in JDBC batches, which keeps 20 000 usages to seconds.
 */
final class PackageWriter {

    private final Organisations organisations;
    private final Products products;
    private final Usages usages;
    private final People people;
    private final Participations participations;
    private final Registry registry;
    private final ImportProgressListener listener;
    private final Map<String, FileSummary> summary = new LinkedHashMap<>();

    PackageWriter(Organisations organisations, Products products, Usages usages, People people,
            Participations participations, Registry registry, ImportProgressListener listener) {
        this.organisations = organisations;
        this.products = products;
        this.usages = usages;
        this.people = people;
        this.participations = participations;
        this.registry = registry;
        this.listener = listener;
    }

    ImportSummary write(PackageRows rows) {
        if (rows.files().contains(DataPackageFile.ORGANISATIONS)) {
            writeOrganisations(rows.organisations());
        }
        if (rows.files().contains(DataPackageFile.PRODUCTS)) {
            writeProducts(rows.products());
        }
        if (rows.files().contains(DataPackageFile.USAGES)) {
            writeUsages(rows.usages());
        }
        if (rows.files().contains(DataPackageFile.PEOPLE)) {
            writePeople(rows.people());
        }
        if (rows.files().contains(DataPackageFile.PARTICIPATIONS)) {
            writeParticipations(rows.participations());
        }
        // Constraint violations surface here, inside the caller's error handling, not at commit.
        organisations.flush();
        return new ImportSummary(summary);
    }

    private void writeOrganisations(List<OrganisationRow> rows) {
        var counter = new Counter();
        // A new organisation is created after the new region it names, so it refers to it from its first insert.
        List<OrganisationRow> waiting = new ArrayList<>();
        for (var row : rows) {
            Organisation existing = registry.organisations.get(row.key());
            if (existing == null) {
                waiting.add(row);
            } else if (counter.count(existing.details().equals(row.details()))) {
                existing.update(row.details(), organisation(row.details().regionKey()));
            }
        }
        List<Organisation> created = new ArrayList<>();
        while (!waiting.isEmpty()) {
            int before = waiting.size();
            for (var iterator = waiting.iterator(); iterator.hasNext(); ) {
                var row = iterator.next();
                String region = row.details().regionKey();
                if (region == null || registry.organisations.containsKey(region) || !isWaiting(waiting, region)) {
                    var organisation = new Organisation(row.key(), row.details(), organisation(region));
                    registry.organisations.put(row.key(), organisation);
                    created.add(organisation);
                    iterator.remove();
                }
            }
            if (waiting.size() == before) {
                throw new IllegalStateException("Organisations refer to each other as regions in a circle: " + waiting);
            }
        }
        counter.created = created.size();
        organisations.saveAll(created);
        done(DataPackageFile.ORGANISATIONS, counter);
    }

    private static boolean isWaiting(List<OrganisationRow> waiting, String key) {
        return waiting.stream().anyMatch(row -> row.key().equals(key));
    }

    private void writeProducts(List<ProductRow> rows) {
        var counter = new Counter();
        List<Product> created = new ArrayList<>();
        for (var row : rows) {
            var d = row.details();
            Product existing = registry.products.get(row.key());
            if (existing == null) {
                var product = new Product(row.key(), d, organisation(d.ownerKey()));
                registry.products.put(row.key(), product);
                created.add(product);
            } else if (counter.count(existing.details().equals(d))) {
                existing.update(d, organisation(d.ownerKey()));
            }
        }
        counter.created = created.size();
        products.saveAll(created);
        done(DataPackageFile.PRODUCTS, counter);
    }

    private void writeUsages(List<UsageRow> rows) {
        var counter = new Counter();
        List<Usage> created = new ArrayList<>();
        for (var row : rows) {
            var key = new PackageRows.UsageKey(row.organisationKey(), row.productKey());
            var existing = registry.usages.get(key);
            if (existing == null) {
                var usage = new Usage(organisation(row.organisationKey()), registry.products.get(row.productKey()),
                        row.details());
                registry.usages.put(key, usage);
                created.add(usage);
            } else if (counter.count(existing.details().equals(row.details()))) {
                existing.update(row.details());
            }
        }
        counter.created = created.size();
        usages.saveAll(created);
        done(DataPackageFile.USAGES, counter);
    }

    private void writePeople(List<PersonRow> rows) {
        var counter = new Counter();
        List<Person> created = new ArrayList<>();
        for (var row : rows) {
            var d = row.details();
            Person existing = registry.people.get(row.email());
            if (existing == null) {
                var person = new Person(row.email(), d, organisation(d.organisationKey()));
                registry.people.put(row.email(), person);
                created.add(person);
            } else if (counter.count(existing.details().equals(d))) {
                existing.update(d, organisation(d.organisationKey()));
            }
        }
        counter.created = created.size();
        people.saveAll(created);
        done(DataPackageFile.PEOPLE, counter);
    }

    private void writeParticipations(List<ParticipationRow> rows) {
        var counter = new Counter();
        List<Participation> created = new ArrayList<>();
        for (var row : rows) {
            var existing = registry.participations.get(row.identity());
            if (existing == null) {
                var participation = new Participation(registry.people.get(row.email()),
                        row.productKey() == null ? null : registry.products.get(row.productKey()), row.role(), row.details());
                registry.participations.put(row.identity(), participation);
                created.add(participation);
            } else if (counter.count(existing.details().equals(row.details()))) {
                existing.update(row.details());
            }
        }
        counter.created = created.size();
        participations.saveAll(created);
        done(DataPackageFile.PARTICIPATIONS, counter);
    }

    private Organisation organisation(String key) {
        return key == null ? null : registry.organisations.get(key);
    }

    private void done(DataPackageFile file, Counter counter) {
        var fileSummary = new FileSummary(counter.created, counter.updated, counter.unchanged);
        summary.put(file.fileName(), fileSummary);
        listener.fileWritten(file.fileName(), fileSummary);
    }

    private static final class Counter {
        int created;
        int updated;
        int unchanged;

        /** Counts an existing record; true when it needs an update. */
        boolean count(boolean same) {
            if (same) {
                unchanged++;
            } else {
                updated++;
            }
            return !same;
        }
    }
}
