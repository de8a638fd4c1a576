package dk.samvirke.catalogue.publiccode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects rule violations by key (positions are attached later, from the YAML tree) and
 * offers typed access to decoded values, which are plain maps, lists and strings.
 */
final class Violations {

    record Violation(String key, String message, boolean warning) {
    }

    private final List<Violation> items = new ArrayList<>();

    void error(String key, String message) {
        items.add(new Violation(key, message, false));
    }

    void warning(String key, String message) {
        items.add(new Violation(key, message, true));
    }

    List<Violation> items() {
        return items;
    }

    static String string(Map<String, Object> map, String name) {
        Object v = map == null ? null : map.get(name);
        return v instanceof String s ? s : null;
    }

    /** Go's zero value: a missing string is "". */
    static String stringOrEmpty(Map<String, Object> map, String name) {
        String s = string(map, name);
        return s == null ? "" : s;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> struct(Map<String, Object> map, String name) {
        Object v = map == null ? null : map.get(name);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> map, String name) {
        Object v = map == null ? null : map.get(name);
        return v instanceof List<?> l ? (List<Object>) l : null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asStruct(Object v) {
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
