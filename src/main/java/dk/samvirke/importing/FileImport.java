package dk.samvirke.importing;

/**
 * One import of one file: its rows are read (each checked on its own), then checked against the other
 * files and the database, then written — only if no file of the package had any problem. Problems are
 * reported with {@link PackageRow#problem} while reading and {@link ImportContext#problem} afterwards;
 * nothing is written while there is one.
 */
public interface FileImport {

    /** One record: parse it and check its fields (see {@link PackageRow#check()}). No database here. */
    void read(PackageRow row);

    /**
     * After every file was read, inside the import's transaction: references to other files and to the
     * database, and rules across records. The default checks nothing more.
     */
    default void check(ImportContext context) {
    }


    /** Upserts the records, inside the import's transaction, and says what changed. */
    FileSummary write(ImportContext context);
}
