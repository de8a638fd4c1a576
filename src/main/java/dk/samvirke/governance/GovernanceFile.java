package dk.samvirke.governance;

import dk.samvirke.governance.GovernanceRecords.Outcome;
import dk.samvirke.importing.FileImport;
import dk.samvirke.importing.FileSummary;
import dk.samvirke.importing.ImportContext;
import dk.samvirke.importing.KeyedImport;
import dk.samvirke.importing.OpenData;
import dk.samvirke.importing.PackageColumn;
import dk.samvirke.importing.PackageFile;
import dk.samvirke.importing.PackageForeignKey;
import dk.samvirke.importing.PackageRow;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What governance's package files (interfaces.md §9) share: their description, the check that no two lines
 * share a key, references to products in the package or the database, and a write that upserts through
 * {@link GovernanceStore} after the registry's files are in the database. All five are public open data
 * (public money, public decisions); members of bodies are participations, in {@code participations.csv}.
 */
abstract class GovernanceFile<K, R> implements PackageFile {

    static final String PRODUCTS = "products.csv";

    private final String name;
    private final int order;
    private final List<PackageColumn> columns;
    private final List<String> primaryKey;
    private final List<PackageForeignKey> foreignKeys;
    final GovernanceStore store;
    private final EntityManager entityManager;

    GovernanceFile(String name, int order, List<PackageColumn> columns, List<String> primaryKey,
            List<PackageForeignKey> foreignKeys, GovernanceStore store, EntityManager entityManager) {
        this.name = name;
        this.order = order;
        this.columns = columns;
        this.primaryKey = primaryKey;
        this.foreignKeys = foreignKeys;
        this.store = store;
        this.entityManager = entityManager;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public List<PackageColumn> columns() {
        return columns;
    }

    @Override
    public List<String> primaryKey() {
        return primaryKey;
    }

    @Override
    public List<PackageForeignKey> foreignKeys() {
        return foreignKeys;
    }

    @Override
    public OpenData openData() {
        return OpenData.ALL;
    }

    /** One record as read, its key (null when broken) and line. */
    record Line<K, R>(int line, K key, R record) {
    }

    /** Parses and checks one row; the key null when the record is broken. */
    abstract Line<K, R> read(PackageRow row);

    /** What the key is called in a duplicate's message. */
    abstract String keyWords(K key);

    /** References to the package and the database, after every file was read. */
    abstract void check(ImportContext context, Rows<K, R> rows);

    abstract Outcome write(R record);

    @Override
    public FileImport startImport(ImportContext context) {
        return new Rows<>(this);
    }

    /** One import of the file. */
    static final class Rows<K, R> implements KeyedImport {

        private final GovernanceFile<K, R> file;
        final List<Line<K, R>> lines = new ArrayList<>();
        final Map<K, R> byKey = new HashMap<>();
        private final Map<K, Integer> lineOf = new HashMap<>();

        Rows(GovernanceFile<K, R> file) {
            this.file = file;
        }

        @Override
        public void read(PackageRow row) {
            var line = file.read(row);
            if (line.key() != null) {
                Integer earlier = lineOf.putIfAbsent(line.key(), row.line());
                if (earlier != null) {
                    row.problem(file.primaryKey.get(file.primaryKey.size() - 1), "duplicate " + file.keyWords(line.key())
                            + ": line " + earlier + " has the same");
                    return;
                }
                byKey.put(line.key(), line.record());
            }
            lines.add(line);
        }

        @Override
        public void check(ImportContext context) {
            file.check(context, this);
        }

        /** For other modules' files (events.csv's body): whether this file read a record with the key. */
        @Override
        public boolean has(String key) {
            return byKey.keySet().stream().anyMatch(k -> k.equals(key));
        }

        @Override
        public FileSummary write(ImportContext context) {
            // the registry's files write through JPA: their records must be in the database before ours refer to them
            file.entityManager.flush();
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            for (var line : lines) {
                switch (file.write(line.record())) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            }
            return new FileSummary(created, updated, unchanged);
        }
    }

    /** A product reference: in products.csv or the database; reported on the line when neither. */
    final void product(ImportContext context, int line, String column, String productKey) {
        if (productKey == null) {
            return;
        }
        boolean inPackage = context.file(PRODUCTS, KeyedImport.class).map(p -> p.has(productKey)).orElse(false);
        if (!inPackage && !products(context).contains(productKey)) {
            context.problem(name, line, column, "no product '" + productKey + "' in " + PRODUCTS + " or the database");
        }
    }

    /** The product keys in the database, read once per import. */
    final Set<String> products(ImportContext context) {
        return context.shared(ProductKeys.class, () -> new ProductKeys(store.productKeys())).keys();
    }

    record ProductKeys(Set<String> keys) {
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static <T> T shared(ImportContext context, Class<T> type, Supplier<T> create) {
        return context.shared(type, create);
    }
}
