package dk.samvirke.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of one file with their lines, and the check that no two share a key. A record with a key
 * an earlier line used is reported and left out; broken records (with a null key) are kept, so that
 * they are still checked against other files and references to them do not read as unknown. Nothing is
 * written while any problem exists, so their empty fields never reach the database.
 */
final class KeyedRows<K, R> {

    /** A record and the line it came from. */
    record Line<R>(int line, R record) {
    }

    private final List<Line<R>> rows = new ArrayList<>();
    private final Map<K, Integer> lines = new HashMap<>();

    /** Adds the record unless its key was seen; {@code column} and {@code what} word the duplicate. */
    void add(PackageRow row, K key, R record, String column, String what) {
        Integer earlier = key == null ? null : lines.putIfAbsent(key, row.line());
        if (earlier != null) {
            row.problem(column, "duplicate " + what + ": line " + earlier + " has the same");
        } else {
            rows.add(new Line<>(row.line(), record));
        }
    }

    List<Line<R>> rows() {
        return rows;
    }

    boolean containsKey(K key) {
        return lines.containsKey(key);
    }

    Integer lineOf(K key) {
        return lines.get(key);
    }
}
