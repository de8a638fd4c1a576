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
import dk.samvirke.people.People;
import dk.samvirke.people.Person;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Upserts a validated package, file by file, inside the caller's transaction. A record whose details
 * equal those in the database is left alone, which is what makes a re-import change nothing.
 *
 * <p>Changed records are updated through their entities. New records are inserted with JDBC batches:
 * the entities' identity keys make Hibernate insert one row per round trip, which took tens of
 * seconds for 20 000 usages. The inserts therefore repeat what the entity constructors do (the
 * country default and lower-case e-mail domains come normalised from {@link PackageParser}).
 */
final class PackageWriter {

    private static final String INSERT_ORGANISATION = "insert into organisation (org_key, name, type, country,"
            + " municipality_code, cvr, region_id, population, website, email_domains, member_since, member_until,"
            + " version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)";
    private static final int[] ORGANISATION_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE,
        Types.TIMESTAMP, Types.TIMESTAMP};
    private static final String INSERT_PRODUCT = "insert into product (product_key, name, summary, owner_id, repository,"
            + " licence, website, adopted_on, retired_on, version, created_at, updated_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)";
    private static final int[] PRODUCT_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE, Types.TIMESTAMP, Types.TIMESTAMP};
    private static final String INSERT_USAGE = "insert into product_usage (organisation_id, product_id, status, since,"
            + " until, product_version, contact_email, version, created_at, updated_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)";
    private static final int[] USAGE_TYPES = {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.DATE, Types.DATE,
        Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP, Types.TIMESTAMP};
    private static final String INSERT_PERSON = "insert into person (email, name, organisation_id, title, version,"
            + " created_at, updated_at) values (?, ?, ?, ?, 0, ?, ?)";
    private static final int[] PERSON_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
        Types.TIMESTAMP, Types.TIMESTAMP};
    private static final String INSERT_PARTICIPATION = "insert into participation (person_id, product_id, role,"
            + " allocation, since, until, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, 0, ?, ?)";
    private static final int[] PARTICIPATION_TYPES = {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.NUMERIC,
        Types.DATE, Types.DATE, Types.TIMESTAMP, Types.TIMESTAMP};

    private final JdbcTemplate jdbc;
    private final Organisations organisations;
    private final Products products;
    private final People people;
    private final Registry registry;
    private final ImportProgressListener listener;
    private final LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    private final Map<String, Long> newOrganisations = new HashMap<>();
    private final Map<String, Long> newProducts = new HashMap<>();
    private final Map<String, Long> newPeople = new HashMap<>();
    private final Map<String, FileSummary> summary = new LinkedHashMap<>();

    PackageWriter(JdbcTemplate jdbc, Organisations organisations, Products products, People people, Registry registry,
            ImportProgressListener listener) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.products = products;
        this.people = people;
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
        List<Object[]> inserts = new ArrayList<>();
        for (var row : rows) {
            var d = row.details();
            if (!registry.organisations.containsKey(row.key())) {
                // A region that is new itself gets its id only after this batch; it is set below.
                Long region = d.regionKey() == null ? null : existingId(registry.organisations.get(d.regionKey()));
                inserts.add(new Object[] {row.key(), d.name(), d.type().code(), d.country(), d.municipalityCode(),
                    d.cvr(), region, d.population(), d.website(),
                    d.emailDomains().isEmpty() ? null : String.join(" ", d.emailDomains()), d.memberSince(),
                    d.memberUntil(), now, now});
                counter.created++;
            }
        }
        jdbc.batchUpdate(INSERT_ORGANISATION, inserts, ORGANISATION_TYPES);
        newIds("select id, org_key from organisation", newOrganisations, registry.organisations.keySet());
        List<Object[]> regions = new ArrayList<>();
        for (var row : rows) {
            String region = row.details().regionKey();
            if (newOrganisations.containsKey(row.key()) && region != null && newOrganisations.containsKey(region)) {
                regions.add(new Object[] {newOrganisations.get(region), newOrganisations.get(row.key())});
            }
        }
        jdbc.batchUpdate("update organisation set region_id = ? where id = ?", regions, new int[] {Types.BIGINT, Types.BIGINT});
        for (var row : rows) {
            Organisation existing = registry.organisations.get(row.key());
            if (existing != null && counter.count(existing.details().equals(row.details()))) {
                existing.update(row.details(), organisation(row.details().regionKey()));
            }
        }
        done(DataPackageFile.ORGANISATIONS, counter);
    }

    private void writeProducts(List<ProductRow> rows) {
        var counter = new Counter();
        List<Object[]> inserts = new ArrayList<>();
        for (var row : rows) {
            var d = row.details();
            Product existing = registry.products.get(row.key());
            if (existing == null) {
                inserts.add(new Object[] {row.key(), d.name(), d.summary(), organisationId(d.ownerKey()), d.repository(),
                    d.licence(), d.website(), d.adoptedOn(), d.retiredOn(), now, now});
                counter.created++;
            } else if (counter.count(existing.details().equals(d))) {
                existing.update(d, organisation(d.ownerKey()));
            }
        }
        jdbc.batchUpdate(INSERT_PRODUCT, inserts, PRODUCT_TYPES);
        newIds("select id, product_key from product", newProducts, registry.products.keySet());
        done(DataPackageFile.PRODUCTS, counter);
    }

    private void writeUsages(List<UsageRow> rows) {
        var counter = new Counter();
        List<Object[]> inserts = new ArrayList<>();
        for (var row : rows) {
            var d = row.details();
            var existing = registry.usages.get(new PackageRows.UsageKey(row.organisationKey(), row.productKey()));
            if (existing == null) {
                inserts.add(new Object[] {organisationId(row.organisationKey()), productId(row.productKey()),
                    d.status().code(), d.since(), d.until(), d.version(), d.contactEmail(), now, now});
                counter.created++;
            } else if (counter.count(existing.details().equals(d))) {
                existing.update(d);
            }
        }
        jdbc.batchUpdate(INSERT_USAGE, inserts, USAGE_TYPES);
        done(DataPackageFile.USAGES, counter);
    }

    private void writePeople(List<PersonRow> rows) {
        var counter = new Counter();
        List<Object[]> inserts = new ArrayList<>();
        for (var row : rows) {
            var d = row.details();
            Person existing = registry.people.get(row.email());
            if (existing == null) {
                inserts.add(new Object[] {row.email(), d.name(), organisationId(d.organisationKey()), d.title(), now, now});
                counter.created++;
            } else if (counter.count(existing.details().equals(d))) {
                existing.update(d, organisation(d.organisationKey()));
            }
        }
        jdbc.batchUpdate(INSERT_PERSON, inserts, PERSON_TYPES);
        newIds("select id, email from person", newPeople, registry.people.keySet());
        done(DataPackageFile.PEOPLE, counter);
    }

    private void writeParticipations(List<ParticipationRow> rows) {
        var counter = new Counter();
        List<Object[]> inserts = new ArrayList<>();
        for (var row : rows) {
            var d = row.details();
            var existing = registry.participations.get(row.identity());
            if (existing == null) {
                Person person = registry.people.get(row.email());
                inserts.add(new Object[] {person != null ? person.getId() : newPeople.get(row.email()),
                    productId(row.productKey()), row.role().code(), d.allocation(), d.since(), d.until(), now, now});
                counter.created++;
            } else if (counter.count(existing.details().equals(d))) {
                existing.update(d);
            }
        }
        jdbc.batchUpdate(INSERT_PARTICIPATION, inserts, PARTICIPATION_TYPES);
        done(DataPackageFile.PARTICIPATIONS, counter);
    }

    /** The ids of the rows this import inserted: one query for the whole file, not one per row. */
    private void newIds(String query, Map<String, Long> ids, java.util.Set<String> existing) {
        jdbc.query(query, (java.sql.ResultSet rs) -> {
            if (!existing.contains(rs.getString(2))) {
                ids.put(rs.getString(2), rs.getLong(1));
            }
        });
    }

    /** For an entity's reference: the loaded entity, or a reference to a row this import inserted. */
    private Organisation organisation(String key) {
        if (key == null) {
            return null;
        }
        Organisation existing = registry.organisations.get(key);
        return existing != null ? existing : organisations.getReferenceById(newOrganisations.get(key));
    }

    private Long organisationId(String key) {
        return key == null ? null : registry.organisations.containsKey(key) ? registry.organisations.get(key).getId()
                : newOrganisations.get(key);
    }

    private Long productId(String key) {
        return key == null ? null : registry.products.containsKey(key) ? registry.products.get(key).getId()
                : newProducts.get(key);
    }

    private static Long existingId(Organisation organisation) {
        return organisation == null ? null : organisation.getId();
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
