package dk.samvirke.catalogue.publiccode;

import java.util.List;

/**
 * Maps finding keys to positions and back, with the reference parser's exact fallbacks (a
 * missing key points at the first key of its block mapping, or at the "{" of a flow mapping;
 * a miss in the middle of a path has no position), because the positions are part of what
 * must agree with it.
 */
final class NodePositions {

    private final YamlNode root;

    NodePositions(YamlNode root) {
        this.root = root;
    }

    /** Line and column for a key such as {@code description[en-US].features} or {@code categories[0]}. */
    int[] positionOf(String key) {
        if (root == null || key == null || key.isEmpty()) {
            return new int[] {0, 0};
        }
        return find(root, List.of(key.split("\\.", -1)));
    }

    private int[] find(YamlNode node, List<String> parts) {
        if (node == null || parts.isEmpty()) {
            return new int[] {0, 0};
        }
        String part = parts.get(0);
        int arrayIdx = -1;
        String stringKey = "";
        String base = part;
        int open = part.lastIndexOf('[');
        if (open >= 0 && part.endsWith("]")) {
            String inner = part.substring(open + 1, part.length() - 1);
            if (!inner.isEmpty() && inner.chars().allMatch(c -> c >= '0' && c <= '9')) {
                arrayIdx = parseIndex(inner);
                base = part.substring(0, open);
            } else if (!inner.isEmpty()) {
                stringKey = inner;
                base = part.substring(0, open);
            }
        }
        if (node.isMapping()) {
            for (YamlNode.Entry e : node.entries()) {
                if (!base.equals(e.key().value())) {
                    continue;
                }
                if (arrayIdx >= 0) {
                    YamlNode value = e.value();
                    if (!value.isSequence() || arrayIdx >= value.items().size()) {
                        return at(e.key());
                    }
                    YamlNode element = value.items().get(arrayIdx);
                    return parts.size() == 1 ? at(element) : find(element, parts.subList(1, parts.size()));
                }
                if (!stringKey.isEmpty()) {
                    List<String> rest = new java.util.ArrayList<>();
                    rest.add(stringKey);
                    rest.addAll(parts.subList(1, parts.size()));
                    return find(e.value(), rest);
                }
                return parts.size() == 1 ? at(e.key()) : find(e.value(), parts.subList(1, parts.size()));
            }
            if (node.flow()) {
                return at(node);
            }
            if (parts.size() == 1 && !node.entries().isEmpty()) {
                return at(node.entries().get(0).key());
            }
            return new int[] {0, 0};
        }
        return at(node);
    }

    /**
     * The dotted key whose key token (or sequence entry) starts on {@code line}; this is how the
     * reference names the field of a decoding error, which carries only a line.
     */
    String keyAtLine(int line) {
        return keyAtLine(root, line, "");
    }

    private String keyAtLine(YamlNode node, int line, String prefix) {
        if (node == null) {
            return "";
        }
        if (node.isMapping()) {
            for (YamlNode.Entry e : node.entries()) {
                String full = prefix.isEmpty() ? e.key().value() : prefix + "." + e.key().value();
                if (e.key().line() == line) {
                    return full;
                }
                String found = keyAtLine(e.value(), line, full);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        } else if (node.isSequence()) {
            for (int i = 0; i < node.items().size(); i++) {
                YamlNode entry = node.items().get(i);
                String seqKey = prefix + "[" + i + "]";
                if (entry.line() == line) {
                    return seqKey;
                }
                String found = keyAtLine(entry, line, seqKey);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }

    private static int parseIndex(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static int[] at(YamlNode node) {
        return new int[] {node.line(), node.column()};
    }
}
