package dk.samvirke.catalogue.publiccode;

import java.util.List;
import java.util.Map;

/**
 * The outcome of validating one publiccode.yml file. Warnings alone keep a file valid.
 *
 * @param valid          true when there are no errors
 * @param errors         the errors, in the reference parser's order
 * @param warnings       the warnings, in the reference parser's order
 * @param documentOrNull the parsed file when it is valid, otherwise null
 * @param valuesOrNull   every key of the valid file as read (String, Boolean, List and Map, unmodifiable, in the
 *                       standard's key order), which {@link PubliccodeWriter#write(Map)} writes back; otherwise null
 */
public record ValidationResult(boolean valid, List<Finding> errors, List<Finding> warnings,
                               PubliccodeDocument documentOrNull, Map<String, Object> valuesOrNull) {

    public ValidationResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        valuesOrNull = valuesOrNull == null ? null : PubliccodeValues.immutable(valuesOrNull);
    }
}
