package dk.samvirke.importing;

import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.Products;
import dk.samvirke.importing.PackageRows.OrganisationRow;
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
            var counter = new Counter();
            for (var row : rows.products()) {
                Product existing = registry.products.get(row.key());
                Organisation owner = organisation(row.details().ownerKey());
                if (existing == null) {
                    registry.products.put(row.key(), products.save(new Product(row.key(), row.details(), owner)));
                    counter.created++;
                } else if (counter.count(existing.details().equals(row.details()))) {
                    existing.update(row.details(), owner);
                }
            }
            done(DataPackageFile.PRODUCTS, counter);
        }
        if (rows.files().contains(DataPackageFile.USAGES)) {
            var counter = new Counter();
            for (var row : rows.usages()) {
                var key = new PackageRows.UsageKey(row.organisationKey(), row.productKey());
                Usage existing = registry.usages.get(key);
                if (existing == null) {
                    registry.usages.put(key, usages.save(new Usage(organisation(row.organisationKey()),
                            registry.products.get(row.productKey()), row.details())));
                    counter.created++;
                } else if (counter.count(existing.details().equals(row.details()))) {
                    existing.update(row.details());
                }
            }
            done(DataPackageFile.USAGES, counter);
        }
        if (rows.files().contains(DataPackageFile.PEOPLE)) {
            var counter = new Counter();
            for (var row : rows.people()) {
                Person existing = registry.people.get(row.email());
                Organisation organisation = organisation(row.details().organisationKey());
                if (existing == null) {
                    registry.people.put(row.email(), people.save(new Person(row.email(), row.details(), organisation)));
                    counter.created++;
                } else if (counter.count(existing.details().equals(row.details()))) {
                    existing.update(row.details(), organisation);
                }
            }
            done(DataPackageFile.PEOPLE, counter);
        }
        if (rows.files().contains(DataPackageFile.PARTICIPATIONS)) {
            var counter = new Counter();
            for (var row : rows.participations()) {
                Participation existing = registry.participations.get(row.identity());
                if (existing == null) {
                    Product product = row.productKey() == null ? null : registry.products.get(row.productKey());
                    registry.participations.put(row.identity(), participations.save(
                            new Participation(registry.people.get(row.email()), product, row.role(), row.details())));
                    counter.created++;
                } else if (counter.count(existing.details().equals(row.details()))) {
                    existing.update(row.details());
                }
            }
            done(DataPackageFile.PARTICIPATIONS, counter);
        }
        // Constraint violations surface here, inside the caller's error handling, not at commit.
        organisations.flush();
        return new ImportSummary(summary);
    }

    /**
     * New organisations are inserted after the regions they name, because an insert happens at once
     * (identity keys). Regions that name each other in a circle get their region in a second step.
     */
    private void writeOrganisations(List<OrganisationRow> rows) {
        var counter = new Counter();
        List<OrganisationRow> pending = new ArrayList<>();
        for (var row : rows) {
            Organisation existing = registry.organisations.get(row.key());
            if (existing == null) {
                pending.add(row);
                counter.created++;
            } else {
                counter.count(existing.details().equals(row.details()));
            }
        }
        while (!pending.isEmpty()) {
            List<OrganisationRow> blocked = new ArrayList<>();
            for (var row : pending) {
                String region = row.details().regionKey();
                if (region == null || registry.organisations.containsKey(region)) {
                    registry.organisations.put(row.key(), organisations.save(
                            new Organisation(row.key(), row.details(), organisation(region))));
                } else {
                    blocked.add(row);
                }
            }
            if (blocked.size() == pending.size()) {
                blocked.forEach(row -> registry.organisations.put(row.key(),
                        organisations.save(new Organisation(row.key(), row.details(), null))));
            }
            pending = blocked.size() == pending.size() ? List.of() : blocked;
        }
        // Updates, and the regions of a circle, once every organisation of the package exists.
        for (var row : rows) {
            Organisation organisation = registry.organisations.get(row.key());
            if (!organisation.details().equals(row.details())) {
                organisation.update(row.details(), organisation(row.details().regionKey()));
            }
        }
        done(DataPackageFile.ORGANISATIONS, counter);
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
