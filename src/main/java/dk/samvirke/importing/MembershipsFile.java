package dk.samvirke.importing;

import dk.samvirke.organisations.Organisation;
import dk.samvirke.organisations.OrganisationRules;
import dk.samvirke.organisations.Organisations;
import dk.samvirke.shared.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.springframework.stereotype.Component;

/**
 * {@code memberships.csv} (interfaces.md §2.1): one row per period of an organisation's membership of
 * the association, upserted by (organisation, since). An organisation's periods — those of the file and
 * those the database keeps — must not overlap; the problem names both.
 */
@Component
class MembershipsFile extends RegistryFile {

    static final String NAME = "memberships.csv";

    private final Organisations organisations;

    MembershipsFile(Organisations organisations, Registry.Loader registry) {
        super(NAME, 150, List.of(PackageColumn.required("organisation"), PackageColumn.requiredDate("since"),
                PackageColumn.date("until")), List.of("organisation", "since"),
                List.of(PackageForeignKey.of("organisation", OrganisationsFile.NAME, "key")), registry);
        this.organisations = organisations;
    }






    @Override
    public OpenData openData() {
        return OpenData.ALL;
    }

    @Override
    public FileImport startImport(ImportContext context) {
        return new Import();
    }

    @Override
    public void export(ExportRows rows) {
        organisations.findAllWithRegion().stream().sorted(Comparator.comparing(Organisation::getKey))
                .forEach(o -> o.getMemberships().forEach(p -> rows.row(java.util.Arrays.asList(o.getKey(),
                        p.from().toString(), date(p.to())))));
    }

    record Row(String organisation, Period period) {
    }

    record Key(String organisation, java.time.LocalDate since) {
    }

    final class Import implements FileImport {

        private final KeyedRows<Key, Row> rows = new KeyedRows<>();
        private Registry registryRecords;
        private Map<String, List<Period>> periods;

        @Override
        public void read(PackageRow row) {
            var check = row.check();
            String organisation = check.key("organisation", row.value("organisation"), true);
            Period period = OrganisationRules.period(new OrganisationRules.PeriodInput(row.value("since"),
                    row.value("until")), check, "since", "until");
            row.report(check);
            rows.add(row, organisation == null || period == null ? null : new Key(organisation, period.from()),
                    new Row(organisation, period), "since", "organisation and since");
        }

        /** The file's periods of one organisation, in order of their start. */
        List<Period> periodsOf(String organisation) {
            if (periods == null) {
                periods = new HashMap<>();
                rows.rows().stream().map(KeyedRows.Line::record).filter(r -> r.organisation() != null && r.period() != null)
                        .forEach(r -> periods.computeIfAbsent(r.organisation(), k -> new ArrayList<>()).add(r.period()));
                periods.values().forEach(list -> list.sort(Comparator.comparing(Period::from)));
            }
            return periods.getOrDefault(organisation, List.of());
        }

        @Override
        public void check(ImportContext context) {
            registryRecords = registry.of(context);
            var inPackage = context.file(OrganisationsFile.NAME, OrganisationsFile.Import.class);
            Map<String, List<KeyedRows.Line<Row>>> byOrganisation = new LinkedHashMap<>();
            for (var line : rows.rows()) {
                String key = line.record().organisation();
                if (key == null) {
                    continue;
                }
                refers(context, line.line(), "organisation", key, inPackage.map(o -> o.has(key)).orElse(false),
                        registryRecords.organisations.containsKey(key), "organisation", OrganisationsFile.NAME);
                if (line.record().period() != null) {
                    byOrganisation.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
                }
            }
            byOrganisation.forEach((key, lines) -> overlaps(context, key, lines));
        }

        /** Every pair of the organisation's periods that overlap, naming the file's lines or the database's period. */
        private void overlaps(ImportContext context, String key, List<KeyedRows.Line<Row>> lines) {
            for (int i = 0; i < lines.size(); i++) {
                var period = lines.get(i).record().period();
                int line = lines.get(i).line();
                for (int j = 0; j < i; j++) {
                    var other = lines.get(j);
                    if (period.overlaps(other.record().period())) {
                        context.problem(NAME, line, "since", "the period "
                                + OrganisationsFile.describe(period) + " overlaps line " + other.line() + " ("
                                + OrganisationsFile.describe(other.record().period()) + ") of the same organisation");
                    }
                }
                var existing = registryRecords.organisations.get(key);
                if (existing != null) {
                    var starts = lines.stream().map(l -> l.record().period().from()).toList();
                    existing.getMemberships().stream().filter(p -> !starts.contains(p.from()) && p.overlaps(period))
                            .findFirst().ifPresent(p -> context.problem(NAME, line, "since", "the period "
                                    + OrganisationsFile.describe(period) + " overlaps the period "
                                    + OrganisationsFile.describe(p) + " that " + key + " has in the database"));
                }
            }
        }

        @Override
        public FileSummary write(ImportContext context) {
            var counter = new Counter();
            Map<String, List<Period>> byOrganisation = new LinkedHashMap<>();
            for (var line : rows.rows()) {
                byOrganisation.computeIfAbsent(line.record().organisation(), k -> new ArrayList<>())
                        .add(line.record().period());
            }
            var organisations = context.file(OrganisationsFile.NAME, OrganisationsFile.Import.class);
            byOrganisation.forEach((key, periods) -> {
                if (organisations.map(o -> o.created(key)).orElse(false)) {
                    counter.created += periods.size(); // written with the new organisation (OrganisationsFile)
                    return;
                }
                Organisation organisation = registryRecords.organisations.get(key);
                var d = organisation.details();
                List<Period> result = d.memberships();
                for (Period period : periods) {
                    var before = result.stream().filter(p -> p.from().equals(period.from())).findFirst();
                    if (before.isEmpty()) {
                        counter.created++;
                    } else {
                        counter.count(before.get().equals(period));
                    }
                    result = OrganisationsFile.upsert(result, period);
                }
                if (!result.equals(d.memberships())) {
                    organisation.update(d.withMemberships(result), organisation.getRegion(), organisation.getSuccessor());
                }
            });
            return counter.summary();
        }
    }
}
