package dk.samvirke.catalogue.publiccode;

import java.util.List;

/**
 * The outcome of validating one publiccode.yml file. Warnings alone keep a file valid.
 *
 * @param valid          true when there are no errors
 * @param errors         the errors, in the reference parser's order
 * @param warnings       the warnings, in the reference parser's order
 * @param documentOrNull the parsed file when it is valid, otherwise null
 */
public record ValidationResult(boolean valid, List<Finding> errors, List<Finding> warnings,
                               PubliccodeDocument documentOrNull) {

    public ValidationResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }
}
