package dk.samvirke.security;

import dk.samvirke.catalogue.Products;
import dk.samvirke.importing.FileImport;
import dk.samvirke.importing.FileSummary;
import dk.samvirke.importing.ImportContext;
import dk.samvirke.importing.KeyedImport;
import dk.samvirke.importing.OpenData;
import dk.samvirke.importing.PackageColumn;
import dk.samvirke.importing.PackageFile;
import dk.samvirke.importing.PackageForeignKey;
import dk.samvirke.importing.PackageRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code security_notices.csv}: the notices as the public reads them (§10) — never which organisation is
 * concerned, so the whole file is open data. Keyed by the notice's key ({@code SAMVIRKE-12}); a notice imported
 * keeps its key, so importing the same package again changes nothing. Importing tells nobody: the statuses per
 * organisation are not in the package (they are private, and computed again only when a notice is published).
 */
@Component
class SecurityNoticesFile implements PackageFile {

    static final String NAME = "security_notices.csv";

    private final SecurityNotices notices;
    private final Products products;

    SecurityNoticesFile(SecurityNotices notices, Products products) {
        this.notices = notices;
        this.products = products;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 750;
    }

    @Override
    public List<PackageColumn> columns() {
        return List.of(PackageColumn.required("key"), PackageColumn.required("product"), PackageColumn.required("title"),
                PackageColumn.required("severity"), PackageColumn.required("affected"), PackageColumn.text("fixed"),
                PackageColumn.text("aliases"), PackageColumn.required("description"), PackageColumn.requiredDate("published"));
    }

    @Override
    public List<String> primaryKey() {
        return List.of("key");
    }

    @Override
    public List<PackageForeignKey> foreignKeys() {
        return List.of(PackageForeignKey.of("product", "products.csv", "key"));
    }

    @Override
    public OpenData openData() {
        return OpenData.ALL;
    }

    @Override
    public void export(ExportRows rows) {
        for (SecurityNotice n : notices.findAllWithProduct()) {
            rows.row(Arrays.asList(n.getKey(), n.getProduct().getKey(), n.getTitle(), n.getSeverity().code(),
                    n.getAffectedRange(), n.getFixedVersion(), n.getAliases().isEmpty() ? null : String.join(" ", n.getAliases()),
                    n.getDescription(), n.getPublishedOn().toString()));
        }
    }

    @Override
    public FileImport startImport(ImportContext context) {
        return new Import();
    }

    record Row(int line, String key, String product, NoticeDetails details, LocalDate published) {
    }

    final class Import implements FileImport {

        private final Map<String, Row> rows = new LinkedHashMap<>();

        @Override
        public void read(PackageRow row) {
            var check = row.check();
            String key = check.text("key", row.value("key"), true, 100);
            String product = check.key("product", row.value("product"), true);
            String aliases = row.value("aliases");
            var details = NoticeRules.check(new NoticeRequest(row.value("title"), row.value("severity"),
                    row.value("affected"), row.value("fixed"), row.value("description"),
                    aliases == null || aliases.isBlank() ? List.of() : List.of(aliases.strip().split("\\s+"))), check);
            LocalDate published = check.date("published", row.value("published"));
            row.report(check);
            if (key != null && rows.containsKey(key)) {
                row.problem("key", "'" + key + "' is on line " + rows.get(key).line() + " already");
            } else if (key != null && check.isValid()) {
                rows.put(key, new Row(row.line(), key, product, details, published));
            }
        }

        @Override
        public void check(ImportContext context) {
            for (Row r : rows.values()) {
                boolean inPackage = context.file("products.csv", KeyedImport.class).map(p -> p.has(r.product()))
                        .orElse(false);
                if (!inPackage && products.findByKey(r.product()).isEmpty()) {
                    context.problem(NAME, r.line(), "product", "no product with key '" + r.product() + "'");
                }
            }
        }

        @Override
        public FileSummary write(ImportContext context) {
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            List<SecurityNotice> made = new ArrayList<>();
            for (Row r : rows.values()) {
                var product = products.findByKey(r.product());
                if (product.isEmpty()) {
                    continue; // checked above: cannot happen
                }
                Optional<SecurityNotice> existing = notices.findByImportedKey(r.key()).or(() -> local(r.key()));
                if (existing.isEmpty()) {
                    made.add(new SecurityNotice(product.get(), r.details(), r.key(), r.published()));
                    created++;
                } else if (same(existing.get(), r)) {
                    unchanged++;
                } else {
                    existing.get().update(r.details());
                    updated++;
                }
            }
            notices.saveAll(made);
            return new FileSummary(created, updated, unchanged);
        }

        private Optional<SecurityNotice> local(String key) {
            if (!key.startsWith("SAMVIRKE-")) {
                return Optional.empty();
            }
            try {
                return notices.findWithProduct(Long.parseLong(key.substring("SAMVIRKE-".length())))
                        .filter(n -> n.getKey().equals(key));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        private static boolean same(SecurityNotice n, Row r) {
            var d = r.details();
            return n.getTitle().equals(d.title()) && n.getSeverity() == d.severity()
                    && n.getAffectedRange().equals(d.affected().toString())
                    && java.util.Objects.equals(n.getFixedVersion(), d.fixed() == null ? null : d.fixed().toString())
                    && n.getDescription().equals(d.description()) && n.getAliases().equals(d.aliases());
        }
    }
}
