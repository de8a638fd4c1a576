package dk.samvirke.importing;

import java.util.List;

/**
 * A file of the data package, owned by the module whose records it holds: the extension point through
 * which every file is imported, exported and described in {@code datapackage.json}. See the package
 * documentation for how a module adds one.
 */
public interface PackageFile {

    /** The file's name in the package, lower case: {@code bodies.csv}. */
    String name();

    /**
     * Where the file comes in the package: files are read, checked, written and exported in this order,
     * so a file comes after the files it refers to. The registry's files take 100 to 600.
     */
    int order();

    /** Every column, in the order an export writes them. */
    List<PackageColumn> columns();

    /** The columns that identify a record (Frictionless {@code primaryKey}). */
    List<String> primaryKey();

    /** References to other files (Frictionless {@code foreignKeys}); empty when there are none. */
    default List<PackageForeignKey> foreignKeys() {
        return List.of();
    }

    /**
     * What of this file the public open data holds (interfaces.md §12): nothing unless the module that owns it
     * says so, and never a column that names or reaches a person.
     */
    default OpenData openData() {
        return OpenData.NONE;
    }

    /** A new import of this file; called once per import, for a file the package holds. */
    FileImport startImport(ImportContext context);

    /** Writes every record as a row, in a stable order (so that two exports of the same data are alike). */
    void export(ExportRows rows);

    /** Receives the rows of an export; values in {@link #columns()} order, null for empty. */
    interface ExportRows {
        void row(List<String> values);
    }
}
