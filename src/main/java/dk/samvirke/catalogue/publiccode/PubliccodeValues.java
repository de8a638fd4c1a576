package dk.samvirke.catalogue.publiccode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Copies of a decoded file's value tree (String, Boolean, List, Map): frozen for reading, open for editing. */
public final class PubliccodeValues {

    private PubliccodeValues() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> immutable(Map<String, Object> values) {
        return (Map<String, Object>) copy(values, true);
    }

    /** A deep copy that can be changed, keeping the key order. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> mutableCopy(Map<String, Object> values) {
        return (Map<String, Object>) copy(values, false);
    }

    private static Object copy(Object value, boolean frozen) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, copy(v, frozen)));
            return frozen ? Collections.unmodifiableMap(out) : out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(copy(v, frozen)));
            return frozen ? Collections.unmodifiableList(out) : out;
        }
        return value;
    }
}
