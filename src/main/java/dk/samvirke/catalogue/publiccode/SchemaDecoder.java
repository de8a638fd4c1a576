package dk.samvirke.catalogue.publiccode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.samvirke.catalogue.publiccode.PubliccodeSchema.Field;
import dk.samvirke.catalogue.publiccode.PubliccodeSchema.ListOf;
import dk.samvirke.catalogue.publiccode.PubliccodeSchema.MapOf;
import dk.samvirke.catalogue.publiccode.PubliccodeSchema.Scalar;
import dk.samvirke.catalogue.publiccode.PubliccodeSchema.Struct;
import dk.samvirke.catalogue.publiccode.PubliccodeSchema.Type;
import dk.samvirke.catalogue.publiccode.PubliccodeSchema.UrlOrUrlList;

/**
 * Binds the YAML tree to the schema with the reference decoder's semantics, because its
 * follow-on errors depend on them: only the first type error is reported; a top-level field
 * whose value fails anywhere inside is left unset (so "license is a required field" follows a
 * broken {@code legal}); unknown keys are reported only when a struct has no type error.
 *
 * <p>Values come out as String, Boolean, List and LinkedHashMap (structs and maps alike);
 * absent and null are both simply missing.
 */
final class SchemaDecoder {

    static final String WRONG_TYPE = "wrong type for this field";

    record Decoded(Map<String, Object> root, Failure failure) {
    }

    /** A decoding error: where it is (only a line, like the reference) and what it says. */
    static final class Failure extends Exception {
        final int line;

        Failure(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    Decoded decode(YamlNode root) {
        if (root == null || root.isNull()) {
            return new Decoded(new LinkedHashMap<>(), null);
        }
        if (!root.isMapping()) {
            return new Decoded(new LinkedHashMap<>(), new Failure(root.line(), WRONG_TYPE));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        Failure first = decodeFields(root, PubliccodeSchema.ROOT, result);
        if (first == null) {
            first = unknownField(root, PubliccodeSchema.ROOT);
        }
        return new Decoded(result, first);
    }

    private Failure decodeFields(YamlNode node, Struct struct, Map<String, Object> into) {
        Failure first = null;
        for (Field field : struct.fields()) {
            YamlNode child = node.get(field.name());
            if (child == null) {
                continue;
            }
            try {
                Object value = decode(child, field.type());
                if (value != null) {
                    into.put(field.name(), value);
                }
            } catch (Failure f) {
                if (first == null) {
                    first = f;
                }
            }
        }
        return first;
    }

    private static Failure unknownField(YamlNode node, Struct struct) {
        for (YamlNode.Entry e : node.entries()) {
            if (struct.field(e.key().value()) == null) {
                return new Failure(e.key().line(), "unknown field \"" + e.key().value() + "\"");
            }
        }
        return null;
    }

    private Object decode(YamlNode node, Type type) throws Failure {
        if (node.isNull()) {
            return null;
        }
        if (type instanceof Scalar scalar) {
            return decodeScalar(node, scalar);
        }
        if (type instanceof ListOf list) {
            return decodeList(node, list);
        }
        if (type instanceof MapOf map) {
            return decodeMap(node, map);
        }
        if (type instanceof Struct struct) {
            return decodeStruct(node, struct);
        }
        if (type instanceof UrlOrUrlList) {
            if (node.isSequence()) {
                try {
                    return decodeList(node, new ListOf(Scalar.STRING));
                } catch (Failure ignored) {
                    // the reference retries as a single URL and reports that attempt's error
                }
            }
            return List.of(decodeScalar(node, Scalar.STRING));
        }
        throw new IllegalStateException("unknown schema type " + type);
    }

    private static Object decodeScalar(YamlNode node, Scalar scalar) throws Failure {
        if (!node.isScalar()) {
            throw new Failure(node.line(), WRONG_TYPE);
        }
        if (scalar == Scalar.BOOL) {
            if (node.scalarType() != YamlNode.ScalarType.BOOL) {
                throw new Failure(node.line(), WRONG_TYPE);
            }
            return node.value().equalsIgnoreCase("true");
        }
        return ScalarResolver.asString(node);
    }

    private List<Object> decodeList(YamlNode node, ListOf list) throws Failure {
        if (!node.isSequence()) {
            throw new Failure(node.line(), WRONG_TYPE);
        }
        List<Object> out = new ArrayList<>();
        Failure first = null;
        for (YamlNode item : node.items()) {
            try {
                Object value = decode(item, list.element());
                out.add(value != null ? value : zeroOf(list.element()));
            } catch (Failure f) {
                if (first == null) {
                    first = f;
                }
            }
        }
        if (first != null) {
            throw first;
        }
        return out;
    }

    private Map<String, Object> decodeMap(YamlNode node, MapOf map) throws Failure {
        if (!node.isMapping()) {
            throw new Failure(node.line(), WRONG_TYPE);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (YamlNode.Entry e : node.entries()) {
            Object value = decode(e.value(), map.value());
            out.put(e.key().value(), value != null ? value : zeroOf(map.value()));
        }
        return out;
    }

    private Map<String, Object> decodeStruct(YamlNode node, Struct struct) throws Failure {
        if (!node.isMapping()) {
            throw new Failure(node.line(), WRONG_TYPE);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        Failure first = decodeFields(node, struct, out);
        if (first == null) {
            first = unknownField(node, struct);
        }
        if (first != null) {
            throw first;
        }
        return out;
    }

    private static Object zeroOf(Type type) {
        if (type == Scalar.STRING) {
            return "";
        }
        if (type == Scalar.BOOL) {
            return Boolean.FALSE;
        }
        if (type instanceof Struct || type instanceof MapOf) {
            return new LinkedHashMap<String, Object>();
        }
        return new ArrayList<>();
    }
}
