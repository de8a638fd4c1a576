package dk.samvirke.importing;

import java.util.List;

/**
 * What the registry's own files have in common: their description (name, order, columns, keys), the
 * database records they share in one import ({@link Registry}), and how they word a reference to a record
 * that is neither in the package nor in the database.
 */
abstract class RegistryFile implements PackageFile {

    private final String name;
    private final int order;
    private final List<PackageColumn> columns;
    private final List<String> primaryKey;
    private final List<PackageForeignKey> foreignKeys;
    final Registry.Loader registry;

    RegistryFile(String name, int order, List<PackageColumn> columns, List<String> primaryKey,
            List<PackageForeignKey> foreignKeys, Registry.Loader registry) {
        this.name = name;
        this.order = order;
        this.columns = columns;
        this.primaryKey = primaryKey;
        this.foreignKeys = foreignKeys;
        this.registry = registry;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int order() {
        return order;
    }

    @Override
    public final List<PackageColumn> columns() {
        return columns;
    }

    @Override
    public final List<String> primaryKey() {
        return primaryKey;
    }

    @Override
    public final List<PackageForeignKey> foreignKeys() {
        return foreignKeys;
    }

    /**
     * A reference from a line of this file: reported when the key is neither in the package ({@code inPackage})
     * nor in the database; true when it names something.
     */
    final boolean refers(ImportContext context, int line, String column, String key, boolean inPackage,
            boolean inDatabase, String what, String file) {
        if (key == null || inPackage || inDatabase || context.unreadable(file)) {
            return true;
        }
        context.problem(name, line, column, "no " + what + " '" + key + "' in " + file + " or the database");
        return false;
    }

    static String date(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }
}
