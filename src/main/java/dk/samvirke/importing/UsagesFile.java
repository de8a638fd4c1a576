package dk.samvirke.importing;

import dk.samvirke.usage.Usage;
import dk.samvirke.usage.UsageChange;
import dk.samvirke.usage.UsageDetails;
import dk.samvirke.usage.UsageRules;
import dk.samvirke.usage.NewUsages;
import dk.samvirke.usage.Usages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code usages.csv} (interfaces.md §2): which organisation uses which product, upserted by the two. */
@Component
class UsagesFile extends RegistryFile {

    static final String NAME = "usages.csv";
    /** Changed usages loaded at once. */
    private static final int CHUNK = 1_000;

    private final Usages usages;
    private final ExportQueries exportQueries;
    private final NewUsages newUsages;

    /** Without a database: for reading packages only. */
    UsagesFile(Usages usages, Registry.Loader registry) {
        this(usages, registry, null, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    UsagesFile(Usages usages, Registry.Loader registry, ExportQueries exportQueries, NewUsages newUsages) {
        super(NAME, 300, List.of(PackageColumn.required("organisation"), PackageColumn.required("product"),
                PackageColumn.required("status"), PackageColumn.date("since"), PackageColumn.date("until"),
                PackageColumn.text("version"), PackageColumn.text("contact_email")), List.of("organisation", "product"),
                List.of(PackageForeignKey.of("organisation", OrganisationsFile.NAME, "key"),
                        PackageForeignKey.of("product", ProductsFile.NAME, "key")), registry);
        this.usages = usages;
        this.exportQueries = exportQueries;
        this.newUsages = newUsages;
    }

    @Override
    public OpenData openData() {
        return OpenData.without("version", "contact_email");
    }

    @Override
    public FileImport startImport(ImportContext context) {
        return new Import();
    }

    /** Streamed from the database in key order (the package's biggest file: flat memory at any size). */
    @Override
    public void export(ExportRows rows) {
        exportQueries.stream("select o.org_key, p.product_key, u.status, u.since, u.until, u.product_version,"
                + " u.contact_email from product_usage u join organisation o on o.id = u.organisation_id"
                + " join product p on p.id = u.product_id order by " + exportQueries.byKey("o.org_key") + ", "
                + exportQueries.byKey("p.product_key"), rs -> rows.row(Arrays.asList(rs.getString(1), rs.getString(2),
                        rs.getString(3), date(rs.getObject(4, LocalDate.class)), date(rs.getObject(5, LocalDate.class)),
                        rs.getString(6), rs.getString(7))));
    }

    record Row(String organisation, String product, UsageDetails details) {
    }

    final class Import implements FileImport {

        private final KeyedRows<Registry.UsageKey, Row> rows = new KeyedRows<>();
        private Registry registryRecords;

        @Override
        public void read(PackageRow row) {
            var check = row.check();
            String organisation = check.key("organisation", row.value("organisation"), true);
            String product = check.key("product", row.value("product"), true);
            var details = UsageRules.check(new UsageChange(row.value("status"), row.value("version"), row.value("since"),
                    row.value("until"), row.value("contact_email")), check);
            row.report(check);
            rows.add(row, organisation == null || product == null ? null : new Registry.UsageKey(organisation, product),
                    new Row(organisation, product, details), "product", "organisation and product");
        }

        @Override
        public void check(ImportContext context) {
            registryRecords = registry.of(context);
            var organisations = context.file(OrganisationsFile.NAME, OrganisationsFile.Import.class);
            var products = context.file(ProductsFile.NAME, ProductsFile.Import.class);
            for (var line : rows.rows()) {
                String organisation = line.record().organisation();
                refers(context, line.line(), "organisation", organisation,
                        organisations.map(o -> o.has(organisation)).orElse(false),
                        registryRecords.organisations.containsKey(organisation), "organisation", OrganisationsFile.NAME);
                String product = line.record().product();
                refers(context, line.line(), "product", product, products.map(p -> p.has(product)).orElse(false),
                        registryRecords.products.containsKey(product), "product", ProductsFile.NAME);
            }
        }

        @Override
        public FileSummary write(ImportContext context) {
            var counter = new Counter();
            List<Usage> created = new ArrayList<>();
            Map<Long, UsageDetails> changed = new HashMap<>();
            for (var line : rows.rows()) {
                var row = line.record();
                var key = new Registry.UsageKey(row.organisation(), row.product());
                var existing = registryRecords.usages.get(key);
                if (existing == null) {
                    var usage = new Usage(registryRecords.organisations.get(row.organisation()),
                            registryRecords.products.get(row.product()), row.details());
                    created.add(usage);
                } else if (counter.count(existing.details().equals(row.details()))) {
                    changed.put(existing.id(), row.details());
                }
            }
            // Only the changed usages become entities (updated, with their history, by Hibernate), a chunk at a time.
            var ids = new ArrayList<>(changed.keySet());
            for (int from = 0; from < ids.size(); from += CHUNK) {
                usages.findAllById(ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                        .forEach(usage -> usage.update(changed.get(usage.getId())));
            }
            counter.created = created.size();
            // The usage module writes its table: at once, with the history of each (COPY on PostgreSQL).
            newUsages.insert(created);
            return counter.summary();
        }
    }
}
