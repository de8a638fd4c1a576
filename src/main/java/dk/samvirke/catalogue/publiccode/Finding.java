package dk.samvirke.catalogue.publiccode;

/**
 * One problem found in a publiccode.yml file.
 *
 * @param key     the dotted path of the field ({@code description.en.features},
 *                {@code categories[0]}), empty when the problem is not tied to a field
 * @param message human readable text, worded as the reference parser words it
 * @param line    1-based line, 0 when there is no position
 * @param column  1-based column, 0 when there is no position
 */
public record Finding(String key, String message, int line, int column) {

    public Finding {
        key = key == null ? "" : key;
        message = message == null ? "" : message;
    }
}
