package dk.samvirke.importing;

import java.util.Optional;
import java.util.function.Supplier;

/** What one import of a package offers its files. */
public interface ImportContext {

    /** Whether the package holds the file. */
    boolean has(String fileName);

    /** Another file's import in this package, to look at what it read; empty when the package lacks the file. */
    <T extends FileImport> Optional<T> file(String fileName, Class<T> type);

    /**
     * Whether the package holds the file but its records could not be read (broken CSV, a required column
     * missing): the file's own problems say why, and references to its records are not checked, since
     * "no such record" would then be false.
     */
    default boolean unreadable(String fileName) {
        return false;
    }

    /** Reports a problem found after reading (line 0: the whole file). */
    void problem(String fileName, int line, String column, String message);

    /**
     * State that a module's files share during one import (the records already in the database, say),
     * made once by {@code create} and kept until the import ends.
     */
    <T> T shared(Class<T> type, Supplier<T> create);
}
