package dk.samvirke.catalogue.publiccode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Turns untrusted bytes into a {@link YamlNode} tree, refusing anything that could exhaust
 * time or memory. It works on the event stream rather than SnakeYAML's composer because the
 * composer recurses per nesting level and expands nothing we could bound; here depth, alias
 * use and the alias-expanded size are all counted while building.
 */
final class SafeYamlLoader {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_DEPTH = 64;
    static final int MAX_ALIASES = 100;
    static final long MAX_EXPANDED_NODES = 100_000;

    /** Either a root node (null for an empty document) or an error. */
    record Outcome(YamlNode root, Finding error) {
    }

    private static final class Builder {
        final YamlNode.Kind kind;
        final int line;
        final int column;
        final boolean flow;
        final String anchor;
        final List<YamlNode> children = new ArrayList<>();
        long size = 1;

        Builder(YamlNode.Kind kind, int line, int column, boolean flow, String anchor) {
            this.kind = kind;
            this.line = line;
            this.column = column;
            this.flow = flow;
            this.anchor = anchor;
        }
    }

    private static final class Rejected extends RuntimeException {
        final Finding finding;

        Rejected(Finding finding) {
            super(finding.message(), null, false, false);
            this.finding = finding;
        }
    }

    Outcome load(byte[] content) {
        if (content.length > MAX_BYTES) {
            return error(0, "file too large: " + content.length + " bytes (the limit is " + MAX_BYTES + " bytes)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return new Outcome(null, new Finding("", "Invalid UTF-8", 0, 0));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        try {
            return new Outcome(build(text), null);
        } catch (Rejected r) {
            return new Outcome(null, r.finding);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            return error(line, problem);
        } catch (YamlEngineException e) {
            return error(0, e.getMessage());
        } catch (StackOverflowError e) {
            return error(0, "the YAML document is nested too deeply");
        }
    }

    private static Outcome error(int line, String message) {
        return new Outcome(null, new Finding("", message, line, line == 0 ? 0 : 1));
    }

    private YamlNode build(String text) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel("publiccode.yml")
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_BYTES)
                .setUseMarks(true)
                .build();
        Deque<Builder> stack = new ArrayDeque<>();
        Map<String, YamlNode> anchors = new HashMap<>();
        Map<YamlNode, Long> sizes = new IdentityHashMap<>();
        YamlNode root = null;
        int documents = 0;
        int aliases = 0;
        for (Event event : new Parse(settings).parseString(text)) {
            switch (event.getEventId()) {
                case DocumentStart -> {
                    documents++;
                    if (documents > 1) {
                        throw new Rejected(new Finding("", "multiple YAML documents in one file are not supported", 0, 0));
                    }
                }
                case MappingStart, SequenceStart -> {
                    CollectionStartEvent start = (CollectionStartEvent) event;
                    checkCollectionTag(start);
                    if (stack.size() >= MAX_DEPTH) {
                        throw new Rejected(new Finding("", "the YAML document is nested deeper than " + MAX_DEPTH
                                + " levels", line(event), 1));
                    }
                    YamlNode.Kind kind = event.getEventId() == Event.ID.MappingStart
                            ? YamlNode.Kind.MAPPING : YamlNode.Kind.SEQUENCE;
                    stack.push(new Builder(kind, line(event), column(event), start.isFlow(), anchorOf(start)));
                }
                case MappingEnd, SequenceEnd -> {
                    Builder b = stack.pop();
                    YamlNode node = finish(b);
                    sizes.put(node, b.size);
                    if (b.anchor != null) {
                        anchors.put(b.anchor, node);
                    }
                    root = attach(stack, node, b.size, root);
                }
                case Scalar -> {
                    ScalarEvent scalar = (ScalarEvent) event;
                    YamlNode node = YamlNode.scalar(line(event), column(event), scalar.getValue(), typeOf(scalar));
                    sizes.put(node, 1L);
                    String anchor = anchorOf(scalar);
                    if (anchor != null) {
                        anchors.put(anchor, node);
                    }
                    root = attach(stack, node, 1, root);
                }
                case Alias -> {
                    AliasEvent alias = (AliasEvent) event;
                    if (++aliases > MAX_ALIASES) {
                        throw new Rejected(new Finding("", "too many YAML aliases (more than " + MAX_ALIASES + ")",
                                line(event), 1));
                    }
                    YamlNode target = anchors.get(alias.getAlias().getValue());
                    if (target == null) {
                        throw new Rejected(new Finding("", "unknown YAML anchor '" + alias.getAlias().getValue() + "'",
                                line(event), 1));
                    }
                    root = attach(stack, target, sizes.getOrDefault(target, 1L), root);
                }
                default -> {
                    // stream and document boundaries carry no content
                }
            }
        }
        return root;
    }

    private static YamlNode attach(Deque<Builder> stack, YamlNode node, long size, YamlNode root) {
        if (stack.isEmpty()) {
            return node;
        }
        Builder parent = stack.peek();
        parent.children.add(node);
        parent.size += size;
        // Aliases make the logical document bigger than the text: bound what a walk would see.
        long total = 0;
        for (Builder b : stack) {
            total = Math.max(total, b.size);
        }
        if (total > MAX_EXPANDED_NODES) {
            throw new Rejected(new Finding("", "the YAML document expands to more than " + MAX_EXPANDED_NODES
                    + " nodes (alias bomb?)", node.line(), 1));
        }
        return root;
    }

    private static YamlNode finish(Builder b) {
        if (b.kind == YamlNode.Kind.SEQUENCE) {
            return YamlNode.sequence(b.line, b.column, b.flow, b.children);
        }
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, YamlNode> seen = new HashMap<>();
        for (int i = 0; i + 1 < b.children.size(); i += 2) {
            YamlNode key = b.children.get(i);
            if (!key.isScalar()) {
                throw new Rejected(new Finding("", "mapping keys must be scalars", key.line(), 1));
            }
            YamlNode earlier = seen.putIfAbsent(key.value(), key);
            if (earlier != null) {
                throw new Rejected(new Finding("", "mapping key \"" + key.value() + "\" already defined at ["
                        + earlier.line() + ":" + earlier.column() + "]", key.line(), 1));
            }
            entries.add(new YamlNode.Entry(key, b.children.get(i + 1)));
        }
        return YamlNode.mapping(b.line, b.column, b.flow, entries);
    }

    private static void checkCollectionTag(CollectionStartEvent start) {
        Optional<String> tag = start.getTag();
        if (tag.isPresent() && !tag.get().equals(ScalarResolver.TAG_PREFIX + "map")
                && !tag.get().equals(ScalarResolver.TAG_PREFIX + "seq")) {
            throw unsupportedTag(tag.get(), start);
        }
    }

    private static YamlNode.ScalarType typeOf(ScalarEvent scalar) {
        Optional<String> tag = scalar.getTag();
        if (tag.isPresent() && !tag.get().equals("!")) {
            YamlNode.ScalarType forced = ScalarResolver.resolveTagged(tag.get());
            if (forced == null) {
                throw unsupportedTag(tag.get(), scalar);
            }
            return forced;
        }
        return scalar.isPlain() && tag.isEmpty()
                ? ScalarResolver.resolvePlain(scalar.getValue())
                : YamlNode.ScalarType.STRING;
    }

    private static Rejected unsupportedTag(String tag, Event event) {
        String shown = tag.startsWith(ScalarResolver.TAG_PREFIX)
                ? "!!" + tag.substring(ScalarResolver.TAG_PREFIX.length()) : tag;
        return new Rejected(new Finding("", "unsupported YAML tag " + shown, line(event), 1));
    }

    private static String anchorOf(NodeEvent event) {
        return event.getAnchor().map(a -> a.getValue()).orElse(null);
    }

    private static int line(Event event) {
        return event.getStartMark().map(Mark::getLine).orElse(-1) + 1;
    }

    private static int column(Event event) {
        return event.getStartMark().map(Mark::getColumn).orElse(-1) + 1;
    }
}
