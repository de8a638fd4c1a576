package dk.samvirke.catalogue;

import dk.samvirke.shared.InvalidFieldsException;
import dk.samvirke.shared.RecordNotFoundException;
import dk.samvirke.shared.VersionConflictException;
import dk.samvirke.catalogue.publiccode.Finding;
import java.util.List;
import java.util.Map;

/** What can go wrong when changing the catalogue; the API and the pages turn each into an answer. */
public final class CatalogueExceptions {

    private CatalogueExceptions() {
    }

    public static class ProductNotFoundException extends RecordNotFoundException {
        public ProductNotFoundException(String key) {
            super("No product with key '" + key + "'");
        }
    }

    public static class ConflictNotFoundException extends RecordNotFoundException {
        ConflictNotFoundException(String key, long id) {
            super("No open publiccode.yml conflict " + id + " for product '" + key + "'");
        }
    }

    public static class ProductVersionConflictException extends VersionConflictException {
        ProductVersionConflictException(long currentVersion) {
            super("product", currentVersion);
        }
    }

    /** Field → what is wrong with it. */
    public static class InvalidProductChangeException extends InvalidFieldsException {
        InvalidProductChangeException(Map<String, String> problems) {
            super("product", problems);
        }
    }

    /** The validator's errors, with key, line and message, as it reports them. */
    public static class InvalidPubliccodeException extends RuntimeException {
        private final transient List<Finding> errors;

        InvalidPubliccodeException(List<Finding> errors) {
            super("The publiccode.yml is not valid (" + errors.size() + " errors)");
            this.errors = List.copyOf(errors);
        }

        public List<Finding> errors() {
            return errors;
        }
    }
}
