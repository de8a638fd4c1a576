package dk.samvirke.catalogue;

import java.util.Arrays;
import java.util.List;

/** Lists kept in one text column, a value per line, so that the history shows them like any other field. */
final class Lines {

    private Lines() {
    }

    static String join(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return String.join("\n", values.stream().map(v -> v.replaceAll("[\\r\\n]+", " ").strip()).toList());
    }

    /** The list as the column gives it back. */
    static List<String> asStored(List<String> values) {
        return split(join(values));
    }

    static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.stream(text.split("\n")).toList();
    }
}
