package dk.samvirke.importing;

/**
 * An import of a file whose records have one key (organisations, products, people), for other modules' files
 * to ask whether the package holds a record they refer to: {@code context.file("products.csv", KeyedImport.class)}.
 */
public interface KeyedImport extends FileImport {

    /** Whether the file holds a record with this key (for people: this e-mail address, in lower case). */
    boolean has(String key);
}
