package dk.samvirke.importing;

/**
 * Hears how an import advances, so the command line can show progress on a large package. Every
 * method has a do-nothing default; implement those you need.
 */
public interface ImportProgressListener {

    ImportProgressListener NONE = new ImportProgressListener() {
    };

    /** A file was read and parsed; {@code records} excludes the header. */
    default void fileRead(String file, int records) {
    }

    /** Every file was checked against the others and the database; {@code problems} found in all. */
    default void validated(int problems) {
    }

    /** A file's records were written (or found unchanged). */
    default void fileWritten(String file, FileSummary summary) {
    }
}
