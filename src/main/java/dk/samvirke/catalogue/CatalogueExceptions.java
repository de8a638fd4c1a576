package dk.samvirke.catalogue;

import dk.samvirke.catalogue.publiccode.Finding;
import java.util.List;
import java.util.Map;

/** What can go wrong when changing the catalogue; the API and the pages turn each into an answer. */
public final class CatalogueExceptions {

    private CatalogueExceptions() {
    }

    public static class ProductNotFoundException extends RuntimeException {
        ProductNotFoundException(String key) {
            super("No product with key '" + key + "'");
        }
    }

    public static class ProductVersionConflictException extends RuntimeException {
        private final long currentVersion;

        ProductVersionConflictException(long currentVersion) {
            super("The product was changed by someone else since you read it");
            this.currentVersion = currentVersion;
        }

        public long currentVersion() {
            return currentVersion;
        }
    }

    /** Field → what is wrong with it. */
    public static class InvalidProductChangeException extends RuntimeException {
        private final transient Map<String, String> problems;

        InvalidProductChangeException(Map<String, String> problems) {
            super("The product change has invalid fields: " + String.join(", ", problems.keySet()));
            this.problems = Map.copyOf(problems);
        }

        public Map<String, String> problems() {
            return problems;
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
