package dk.samvirke.catalogue.publiccode;

import java.util.List;

/**
 * {@code publiccodeYmlVersion} is checked before anything else: every accepted 0.x value is read
 * with the single v0.7 schema; values other than "0" and 0.7 get a warning; anything else
 * (including "1", for which there is no parser yet) stops validation.
 */
final class VersionCheck {

    static final List<String> SUPPORTED = List.of(
            "0", "0.2", "0.2.0", "0.2.1", "0.2.2", "0.3", "0.3.0", "0.4", "0.4.0", "0.5.0", "0.5", "0.7.0", "0.7");

    static final String KEY = "publiccodeYmlVersion";

    /** The outcome: a stopping error, or an optional warning. */
    record Outcome(Finding error, Finding warning) {
    }

    private VersionCheck() {
    }

    static Outcome check(YamlNode root, NodePositions positions) {
        YamlNode version = root != null && root.isMapping() ? root.get(KEY) : null;
        if (version == null) {
            return new Outcome(new Finding(KEY, Messages.required(KEY), 0, 0), null);
        }
        int[] pos = positions.positionOf(KEY);
        if (!version.isScalar() || version.scalarType() != YamlNode.ScalarType.STRING) {
            // An unquoted 0.4 is a number, not the string the standard asks for.
            return new Outcome(new Finding(KEY, SchemaDecoder.WRONG_TYPE, pos[0], pos[1]), null);
        }
        String value = version.value();
        if (!SUPPORTED.contains(value)) {
            return new Outcome(new Finding(KEY, "unsupported version: '" + value + "'. Supported versions: "
                    + String.join(", ", SUPPORTED), 0, 0), null);
        }
        if (!value.equals("0") && !value.startsWith("0.7")) {
            return new Outcome(null, new Finding(KEY, "v" + value
                    + " is not the latest version, use '0'. Parsing this file as v0.7.", pos[0], pos[1]));
        }
        return new Outcome(null, null);
    }
}
