package dk.samvirke.catalogue;

/**
 * A product entered the catalogue (by the importer, a form or a script). Published when it is saved,
 * inside the saving transaction, so that what other modules make for it commits or rolls back with it.
 */
public record ProductCreated(Long productId, String key) {
}
