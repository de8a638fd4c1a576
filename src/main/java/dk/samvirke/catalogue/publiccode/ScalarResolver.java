package dk.samvirke.catalogue.publiccode;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves plain scalars the way the reference's YAML library does (YAML 1.2 core schema):
 * {@code yes}/{@code no}/{@code on}/{@code off} stay strings, which is why
 * {@code localisationReady: no} is a type error there.
 */
final class ScalarResolver {

    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> BOOLS = Set.of("true", "True", "TRUE", "false", "False", "FALSE");
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+|0x[0-9a-fA-F]+|0o[0-7]+");
    private static final Pattern FLOAT = Pattern.compile(
            "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    static final String TAG_PREFIX = "tag:yaml.org,2002:";

    private ScalarResolver() {
    }

    static YamlNode.ScalarType resolvePlain(String text) {
        if (NULLS.contains(text)) {
            return YamlNode.ScalarType.NULL;
        }
        if (BOOLS.contains(text)) {
            return YamlNode.ScalarType.BOOL;
        }
        if (INT.matcher(text).matches()) {
            return YamlNode.ScalarType.INT;
        }
        if (FLOAT.matcher(text).matches()) {
            return YamlNode.ScalarType.FLOAT;
        }
        return YamlNode.ScalarType.STRING;
    }

    /** The type an explicit core tag forces, or null if the tag is not one we accept. */
    static YamlNode.ScalarType resolveTagged(String tag) {
        return switch (tag) {
            case TAG_PREFIX + "str" -> YamlNode.ScalarType.STRING;
            case TAG_PREFIX + "int" -> YamlNode.ScalarType.INT;
            case TAG_PREFIX + "float" -> YamlNode.ScalarType.FLOAT;
            case TAG_PREFIX + "bool" -> YamlNode.ScalarType.BOOL;
            case TAG_PREFIX + "null" -> YamlNode.ScalarType.NULL;
            default -> null;
        };
    }

    /**
     * The text a scalar has when it lands in a string field. The reference converts numbers
     * through Go's formatting, so {@code 1.0} becomes {@code "1"}; strings and others stay as written.
     */
    static String asString(YamlNode node) {
        String text = node.value();
        switch (node.scalarType()) {
            case BOOL:
                return Boolean.toString(text.equalsIgnoreCase("true"));
            case INT:
                try {
                    if (text.startsWith("0x")) {
                        return Long.toString(Long.parseLong(text.substring(2), 16));
                    }
                    if (text.startsWith("0o")) {
                        return Long.toString(Long.parseLong(text.substring(2), 8));
                    }
                    return Long.toString(Long.parseLong(text.startsWith("+") ? text.substring(1) : text));
                } catch (NumberFormatException e) {
                    return text;
                }
            case FLOAT:
                return formatFloat(text);
            default:
                return text;
        }
    }

    private static String formatFloat(String text) {
        try {
            double d = Double.parseDouble(text.replace(".inf", "Infinity").replace(".Inf", "Infinity")
                    .replace(".INF", "Infinity"));
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return Double.isNaN(d) ? "NaN" : (d > 0 ? "+Inf" : "-Inf");
            }
            java.math.BigDecimal bd = new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros();
            if (Math.abs(d) >= 1e21 || (d != 0 && Math.abs(d) < 1e-4)) {
                return Double.toString(d);
            }
            return bd.toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
