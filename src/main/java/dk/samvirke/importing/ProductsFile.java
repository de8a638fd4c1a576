package dk.samvirke.importing;

import dk.samvirke.catalogue.NewProducts;
import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.ProductDetails;
import dk.samvirke.catalogue.ProductRules;
import dk.samvirke.catalogue.Products;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code products.csv} (interfaces.md §2): the catalogue's products, upserted by key. */
@Component
class ProductsFile extends RegistryFile {

    static final String NAME = "products.csv";

    private final Products products;
    private final NewProducts newProducts;

    ProductsFile(Products products, NewProducts newProducts, Registry.Loader registry) {
        super(NAME, 200, List.of(PackageColumn.required("key"), PackageColumn.required("name"),
                PackageColumn.text("summary"), PackageColumn.text("owner"), PackageColumn.text("repository"),
                PackageColumn.text("licence"), PackageColumn.text("website"), PackageColumn.date("adopted_on"),
                PackageColumn.date("retired_on")), List.of("key"),
                List.of(PackageForeignKey.of("owner", OrganisationsFile.NAME, "key")), registry);
        this.products = products;
        this.newProducts = newProducts;
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
        products.findAllWithOwner().stream().sorted(Comparator.comparing(Product::getKey)).forEach(p -> {
            var d = p.details();
            rows.row(Arrays.asList(p.getKey(), d.name(), d.summary(), d.ownerKey(), d.repository(), d.licence(),
                    d.website(), date(d.adoptedOn()), date(d.retiredOn())));
        });
    }

    record Row(String key, ProductDetails details) {
    }

    final class Import implements KeyedImport {

        private final KeyedRows<String, Row> rows = new KeyedRows<>();
        private Registry registryRecords;

        @Override
        public void read(PackageRow row) {
            var check = row.check();
            String key = check.key("key", row.value("key"), true);
            var details = ProductRules.check(new ProductRules.Input(row.value("name"), row.value("summary"),
                    row.value("owner"), row.value("repository"), row.value("licence"), row.value("website"),
                    row.value("adopted_on"), row.value("retired_on")), check);
            row.report(check);
            rows.add(row, key, new Row(key, details), "key", "key");
        }

        @Override
        public boolean has(String key) {
            return rows.containsKey(key);
        }

        List<KeyedRows.Line<Row>> rows() {
            return rows.rows();
        }

        @Override
        public void check(ImportContext context) {
            registryRecords = registry.of(context);
            var organisations = context.file(OrganisationsFile.NAME, OrganisationsFile.Import.class);
            for (var line : rows.rows()) {
                String owner = line.record().details().ownerKey();
                refers(context, line.line(), "owner", owner, organisations.map(o -> o.has(owner)).orElse(false),
                        registryRecords.organisations.containsKey(owner), "organisation", OrganisationsFile.NAME);
            }
        }

        @Override
        public FileSummary write(ImportContext context) {
            var counter = new Counter();
            List<Product> created = new ArrayList<>();
            // Changed products are written by Hibernate, and their owners may be new organisations written in bulk.
            registryRecords.attach(rows.rows().stream().filter(l -> registryRecords.products.containsKey(l.record().key()))
                    .map(l -> l.record().details().ownerKey()).toList());
            for (var line : rows.rows()) {
                var row = line.record();
                var d = row.details();
                var owner = d.ownerKey() == null ? null : registryRecords.organisations.get(d.ownerKey());
                Product existing = registryRecords.products.get(row.key());
                if (existing == null) {
                    var product = new Product(row.key(), d, owner);
                    registryRecords.products.put(row.key(), product);
                    created.add(product);
                } else if (counter.count(existing.details().equals(d))) {
                    registryRecords.forUpdate(existing).update(d, owner);
                }
            }
            counter.created = created.size();
            newProducts.insert(created);
            return counter.summary();
        }
    }
}
