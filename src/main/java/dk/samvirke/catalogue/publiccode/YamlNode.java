package dk.samvirke.catalogue.publiccode;

import java.util.List;

/**
 * A node of a parsed YAML document with its 1-based position. Aliases point at the anchored
 * node itself (shared, never copied), so the tree may be a DAG.
 */
final class YamlNode {

    enum Kind { SCALAR, MAPPING, SEQUENCE }

    /** How a scalar resolves under the YAML 1.2 core schema, which is what decides type errors. */
    enum ScalarType { NULL, BOOL, INT, FLOAT, STRING }

    record Entry(YamlNode key, YamlNode value) {
    }

    private final Kind kind;
    private final int line;
    private final int column;
    private final String value;
    private final ScalarType scalarType;
    private final boolean flow;
    private final List<Entry> entries;
    private final List<YamlNode> items;

    private YamlNode(Kind kind, int line, int column, String value, ScalarType scalarType, boolean flow,
                     List<Entry> entries, List<YamlNode> items) {
        this.kind = kind;
        this.line = line;
        this.column = column;
        this.value = value;
        this.scalarType = scalarType;
        this.flow = flow;
        this.entries = entries;
        this.items = items;
    }

    static YamlNode scalar(int line, int column, String value, ScalarType type) {
        return new YamlNode(Kind.SCALAR, line, column, value, type, false, List.of(), List.of());
    }

    static YamlNode mapping(int line, int column, boolean flow, List<Entry> entries) {
        return new YamlNode(Kind.MAPPING, line, column, null, null, flow, List.copyOf(entries), List.of());
    }

    static YamlNode sequence(int line, int column, boolean flow, List<YamlNode> items) {
        return new YamlNode(Kind.SEQUENCE, line, column, null, null, flow, List.of(), List.copyOf(items));
    }

    Kind kind() {
        return kind;
    }

    boolean isScalar() {
        return kind == Kind.SCALAR;
    }

    boolean isMapping() {
        return kind == Kind.MAPPING;
    }

    boolean isSequence() {
        return kind == Kind.SEQUENCE;
    }

    boolean isNull() {
        return kind == Kind.SCALAR && scalarType == ScalarType.NULL;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    String value() {
        return value;
    }

    ScalarType scalarType() {
        return scalarType;
    }

    boolean flow() {
        return flow;
    }

    List<Entry> entries() {
        return entries;
    }

    List<YamlNode> items() {
        return items;
    }

    /** The value for a mapping key, or null when absent (or this is not a mapping). */
    YamlNode get(String key) {
        for (Entry e : entries) {
            if (key.equals(e.key().value())) {
                return e.value();
            }
        }
        return null;
    }
}
