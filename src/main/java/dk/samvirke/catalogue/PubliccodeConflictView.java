package dk.samvirke.catalogue;

import java.time.LocalDateTime;

/**
 * A harvested publiccode.yml that names another product, beside what the product says: shown to the
 * product's managers, who accept the file or keep the product's values.
 *
 * @param repository the repository the file was found in
 * @param fileName   the {@code name} the file gives
 * @param fileUrl    the {@code url} the file gives
 */
public record PubliccodeConflictView(long id, String repository, String fileName, String fileUrl, String productName,
        String productRepository, LocalDateTime foundAt) {

    /** What the managers choose: the file's values, or the product's as they are. */
    public enum Choice {
        ACCEPT, KEEP
    }
}
