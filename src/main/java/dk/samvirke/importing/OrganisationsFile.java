package dk.samvirke.importing;

import dk.samvirke.organisations.NewOrganisations;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.organisations.OrganisationDetails;
import dk.samvirke.organisations.OrganisationRules;
import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.organisations.Organisations;
import dk.samvirke.shared.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code organisations.csv} (interfaces.md §2, §2.1): the organisations, with v1's member_since/member_until
 * as their one membership period when {@code memberships.csv} has no rows for them.
 */
@Component
class OrganisationsFile extends RegistryFile {

    static final String NAME = "organisations.csv";

    private static final List<PackageColumn> COLUMNS = List.of(PackageColumn.required("key"),
            PackageColumn.required("name"), PackageColumn.required("type"), PackageColumn.text("country"),
            PackageColumn.text("municipality_code"), PackageColumn.text("cvr"), PackageColumn.text("region"),
            PackageColumn.integer("population"), PackageColumn.text("website"), PackageColumn.text("email_domains"),
            PackageColumn.date("member_since"), PackageColumn.date("member_until"), PackageColumn.date("founded_on"),
            PackageColumn.date("dissolved_on"), PackageColumn.text("successor"), PackageColumn.text("ean"));

    private final Organisations organisations;
    private final NewOrganisations newOrganisations;

    /** Without a database: for reading packages only. */
    OrganisationsFile(Organisations organisations, Registry.Loader registry) {
        this(organisations, registry, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    OrganisationsFile(Organisations organisations, Registry.Loader registry, NewOrganisations newOrganisations) {
        super(NAME, 100, COLUMNS, List.of("key"), List.of(PackageForeignKey.of("region", NAME, "key"),
                PackageForeignKey.of("successor", NAME, "key")), registry);
        this.organisations = organisations;
        this.newOrganisations = newOrganisations;
    }






    @Override
    public OpenData openData() {
        return OpenData.ALL;
    }

    @Override
    public FileImport startImport(ImportContext context) {
        return new Import();
    }

    /** v1 columns: the latest period (all periods are in memberships.csv). */
    @Override
    public void export(ExportRows rows) {
        organisations.findAllWithRegion().stream().sorted(Comparator.comparing(Organisation::getKey)).forEach(o -> {
            var d = o.details();
            var latest = d.latestMembership();
            rows.row(java.util.Arrays.asList(o.getKey(), d.name(), d.type().code(), d.country(), d.municipalityCode(),
                    d.cvr(), d.regionKey(), d.population() == null ? null : d.population().toString(), d.website(),
                    String.join(" ", d.emailDomains()), date(latest.map(Period::from).orElse(null)),
                    date(latest.map(Period::to).orElse(null)), date(d.foundedOn()), date(d.dissolvedOn()),
                    d.successorKey(), d.ean()));
        });
    }

    /** One record: the organisation's own fields, and its v1 membership period if the row gives one. */
    record Row(String key, OrganisationDetails details, Period memberPeriod) {
    }

    final class Import implements KeyedImport {

        private final KeyedRows<String, Row> rows = new KeyedRows<>();
        private final Set<String> createdKeys = new HashSet<>();
        private Registry registryRecords;

        @Override
        public void read(PackageRow row) {
            var check = row.check();
            String key = check.key("key", row.value("key"), true);
            var details = OrganisationRules.check(new OrganisationRules.Input(row.value("name"), row.value("type"),
                    row.value("country"), row.value("municipality_code"), row.value("cvr"), row.value("region"),
                    row.value("population"), row.value("website"), row.value("email_domains"), row.value("founded_on"),
                    row.value("dissolved_on"), row.value("successor"), row.value("ean")), check);
            Period period = row.value("member_since") == null && row.value("member_until") == null ? null
                    : OrganisationRules.period(new OrganisationRules.PeriodInput(row.value("member_since"),
                            row.value("member_until")), check, "memberSince", "memberUntil");
            row.report(check);
            rows.add(row, key, new Row(key, details, period), "key", "key");
        }

        List<KeyedRows.Line<Row>> rows() {
            return rows.rows();
        }

        /** Whether the package has an organisation of this key. */
        @Override
        public boolean has(String key) {
            return rows.containsKey(key);
        }

        @Override
        public void check(ImportContext context) {
            registryRecords = registry.of(context);
            Map<String, Row> byKey = new HashMap<>();
            rows.rows().forEach(l -> byKey.putIfAbsent(l.record().key(), l.record()));
            var memberships = context.file(MembershipsFile.NAME, MembershipsFile.Import.class);
            for (var line : rows.rows()) {
                var d = line.record().details();
                String region = d.regionKey();
                if (region != null && exists(context, byKey, line.line(), "region", region)) {
                    OrganisationType type = byKey.containsKey(region) ? byKey.get(region).details().type()
                            : registryRecords.organisations.get(region).getType();
                    if (type != null && type != OrganisationType.REGION) {
                        context.problem(NAME, line.line(), "region", "'" + region + "' is a " + type.code() + ", not a region");
                    }
                }
                if (d.successorKey() != null) {
                    if (d.successorKey().equals(line.record().key())) {
                        context.problem(NAME, line.line(), "successor", "an organisation cannot succeed itself");
                    } else {
                        exists(context, byKey, line.line(), "successor", d.successorKey());
                    }
                }
                var period = line.record().memberPeriod();
                var periods = memberships.map(m -> m.periodsOf(line.record().key())).orElse(List.of());
                if (period != null && !periods.isEmpty() && !period.equals(periods.get(periods.size() - 1))) {
                    context.problem(NAME, line.line(), "member_since", "memberships.csv has this organisation's periods:"
                            + " member_since and member_until must be empty or its latest period ("
                            + describe(periods.get(periods.size() - 1)) + ")");
                } else if (period != null && periods.isEmpty()) {
                    overlapsInDatabase(context, line.line(), line.record().key(), period);
                }
            }
            municipalityCodesUnique(context);
        }

        /** A v1 period is upserted beside the organisation's other periods in the database: it must not overlap them. */
        private void overlapsInDatabase(ImportContext context, int line, String key, Period period) {
            var existing = registryRecords.organisations.get(key);
            if (existing == null) {
                return;
            }
            existing.getMemberships().stream().filter(p -> !p.from().equals(period.from()) && p.overlaps(period))
                    .findFirst().ifPresent(p -> context.problem(NAME, line, "member_since", "the period "
                            + describe(period) + " overlaps the period " + describe(p) + " in the database"));
        }

        private boolean exists(ImportContext context, Map<String, Row> byKey, int line, String column, String key) {
            return refers(context, line, column, key, byKey.containsKey(key), registryRecords.organisations.containsKey(key),
                    "organisation", NAME);
        }

        /**
         * A code is unique within a country among organisations whose existence overlaps (the 2007 reform's
         * Aarhus and the new one share 751). The package's organisations replace their records in the database.
         */
        private void municipalityCodesUnique(ImportContext context) {
            record Holder(String key, int line, OrganisationDetails details) {
            }
            Map<String, List<Holder>> holders = new HashMap<>();
            for (Organisation existing : registryRecords.organisations.values()) {
                if (existing.getMunicipalityCode() != null && !rows.containsKey(existing.getKey())) {
                    holders.computeIfAbsent(existing.getCountry() + " " + existing.getMunicipalityCode(),
                            k -> new ArrayList<>()).add(new Holder(existing.getKey(), 0, existing.details()));
                }
            }
            for (var line : rows.rows()) {
                var d = line.record().details();
                if (d.municipalityCode() == null || line.record().key() == null) {
                    continue;
                }
                var same = holders.computeIfAbsent(d.country() + " " + d.municipalityCode(), k -> new ArrayList<>());
                same.stream().filter(other -> OrganisationRules.existencesOverlap(other.details(), d)).findFirst()
                        .ifPresent(other -> context.problem(NAME, line.line(), "municipality_code", "code "
                                + d.municipalityCode() + " in " + d.country() + " is already " + (other.line() > 0
                                ? "on line " + other.line() + " (" + other.key() + ")"
                                : "used by organisation '" + other.key() + "' in the database")
                                + ", which exists at the same time"));
                same.add(new Holder(line.record().key(), line.line(), d));
            }
        }

        @Override
        public FileSummary write(ImportContext context) {
            var counter = new Counter();
            var memberships = context.file(MembershipsFile.NAME, MembershipsFile.Import.class);
            Map<String, OrganisationDetails> wanted = new LinkedHashMap<>();
            for (var line : rows.rows()) {
                var row = line.record();
                var existing = registryRecords.organisations.get(row.key());
                List<Period> periods = existing == null ? List.of() : existing.getMemberships();
                List<Period> inMembershipsFile = memberships.map(m -> m.periodsOf(row.key())).orElse(List.of());
                if (existing == null && !inMembershipsFile.isEmpty()) {
                    // A new organisation is written once, with its periods; memberships.csv counts them as created.
                    periods = inMembershipsFile;
                } else if (row.memberPeriod() != null && inMembershipsFile.isEmpty()) {
                    periods = upsert(periods, row.memberPeriod());
                }
                wanted.put(row.key(), row.details().withMemberships(periods));
            }
            // An organisation refers to its region and successor from its first insert, so those come first.
            Set<String> waiting = new LinkedHashSet<>();
            List<String> changed = new ArrayList<>();
            wanted.forEach((key, details) -> {
                var existing = registryRecords.organisations.get(key);
                if (existing == null) {
                    waiting.add(key);
                } else if (counter.count(existing.details().equals(details))) {
                    changed.add(key);
                }
            });
            List<Organisation> created = new ArrayList<>();
            List<String> circle = new ArrayList<>();
            while (!waiting.isEmpty()) {
                int before = waiting.size();
                for (var iterator = waiting.iterator(); iterator.hasNext(); ) {
                    String key = iterator.next();
                    var details = wanted.get(key);
                    if (ready(details.regionKey(), waiting) && ready(details.successorKey(), waiting)) {
                        var organisation = new Organisation(key, details, organisation(details.regionKey()),
                                organisation(details.successorKey()));
                        registryRecords.organisations.put(key, organisation);
                        created.add(organisation);
                        iterator.remove();
                    }
                }
                if (waiting.size() == before) {
                    // successors in a circle (rare, but valid): create one without its successor, set it after
                    String key = waiting.iterator().next();
                    waiting.remove(key);
                    var details = wanted.get(key);
                    var organisation = new Organisation(key, details, organisation(details.regionKey()), null);
                    registryRecords.organisations.put(key, organisation);
                    created.add(organisation);
                    circle.add(key);
                }
            }
            counter.created = created.size();
            // The organisations module writes its tables: at once, with the history of each (COPY on PostgreSQL).
            newOrganisations.insert(created);
            created.forEach(o -> createdKeys.add(o.getKey()));
            // The changed ones after the new ones, which they may now refer to: Hibernate updates them, with their
            // history. A circle's organisation gets its successor as before: loaded, updated, with an update entry.
            List<String> referred = new ArrayList<>(circle);
            java.util.stream.Stream.concat(changed.stream(), circle.stream()).map(wanted::get).forEach(details -> {
                referred.add(details.regionKey());
                referred.add(details.successorKey());
            });
            registryRecords.attach(referred);
            changed.forEach(key -> update(registryRecords.organisations.get(key), wanted.get(key)));
            circle.forEach(key -> update(registryRecords.organisations.get(key), wanted.get(key)));
            return counter.summary();
        }

        /** Whether this import created the organisation (with its periods of memberships.csv). */
        boolean created(String key) {
            return createdKeys.contains(key);
        }

        private void update(Organisation organisation, OrganisationDetails details) {
            organisation.update(details, organisation(details.regionKey()), organisation(details.successorKey()));
        }

        private boolean ready(String reference, Set<String> waiting) {
            return reference == null || !waiting.contains(reference);
        }

        private Organisation organisation(String key) {
            return key == null ? null : registryRecords.organisations.get(key);
        }
    }

    /** The periods with {@code period} in place of the one that starts on the same day, in order. */
    static List<Period> upsert(List<Period> periods, Period period) {
        List<Period> result = new ArrayList<>(periods.stream().filter(p -> !p.from().equals(period.from())).toList());
        result.add(period);
        result.sort(Comparator.comparing(Period::from));
        return result;
    }

    static String describe(Period p) {
        return p.from() + " to " + (p.to() == null ? "(open)" : p.to().toString());
    }
}
