package dk.samvirke.importing;

import java.util.Set;

/**
 * What of a package file the open data (interfaces.md §12) holds: nothing, or the file without the columns
 * that name or reach a person. A file is left out unless its module says otherwise, so a new file never
 * becomes public by accident.
 *
 * @param withheld columns left out of the open data (they are optional, so the open data still imports)
 */
public record OpenData(boolean included, Set<String> withheld) {

    public static final OpenData NONE = new OpenData(false, Set.of());
    public static final OpenData ALL = new OpenData(true, Set.of());

    public OpenData {
        withheld = Set.copyOf(withheld);
    }

    public static OpenData without(String... columns) {
        return new OpenData(true, Set.of(columns));
    }
}
