package dk.samvirke.catalogue.publiccode;

import dk.samvirke.catalogue.publiccode.PubliccodeSchema.Field;
import dk.samvirke.catalogue.publiccode.PubliccodeSchema.ListOf;
import dk.samvirke.catalogue.publiccode.PubliccodeSchema.MapOf;
import dk.samvirke.catalogue.publiccode.PubliccodeSchema.Struct;
import dk.samvirke.catalogue.publiccode.PubliccodeSchema.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.springframework.stereotype.Component;

/**
 * Writes a publiccode.yml from a value tree of the kind {@link ValidationResult#valuesOrNull()} holds:
 * every key it is given and nothing else, in the standard's key order. Read back by
 * {@link PubliccodeValidator}, it gives the same tree.
 */
@Component
public class PubliccodeWriter {

    private static final DumpSettings SETTINGS = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(100)
            .setSchema(new ReaderAlignedSchema())
            .build();

    public String write(Map<String, Object> values) {
        return new Dump(SETTINGS, new Representer()).dumpToString(ordered(values, PubliccodeSchema.ROOT));
    }

    private static Object ordered(Object value, Type type) {
        if (value instanceof Map<?, ?> map && type instanceof Struct struct) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Field f : struct.fields()) {
                if (map.containsKey(f.name())) {
                    out.put(f.name(), ordered(map.get(f.name()), f.type()));
                }
            }
            map.forEach((k, v) -> out.putIfAbsent((String) k, v));
            return out;
        }
        if (value instanceof Map<?, ?> map && type instanceof MapOf mapOf) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, ordered(v, mapOf.value())));
            return out;
        }
        if (value instanceof List<?> list && type instanceof ListOf listOf) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(ordered(v, listOf.element())));
            return out;
        }
        return value;
    }

    /**
     * The dumper quotes a string when its schema says the plain form would read back as something
     * else; using the validator's own resolution keeps, e.g., {@code "+3906..."} a string.
     */
    private static final class ReaderAlignedSchema extends CoreSchema {
        @Override
        public org.snakeyaml.engine.v2.resolver.ScalarResolver getScalarResolver() {
            // a quoted scalar is a string: said so, the dumper needs no explicit !!str tag
            return (value, implicit) -> !implicit ? Tag.STR : switch (ScalarResolver.resolvePlain(value)) {
                case NULL -> Tag.NULL;
                case BOOL -> Tag.BOOL;
                case INT -> Tag.INT;
                case FLOAT -> Tag.FLOAT;
                case STRING -> Tag.STR;
            };
        }
    }

    /** Text of several lines as a literal block, as people write long descriptions (the emitter falls back when it cannot). */
    private static final class Representer extends StandardRepresenter {
        Representer() {
            super(SETTINGS);
        }

        @Override
        protected Node representScalar(Tag tag, String value, ScalarStyle style) {
            boolean multiline = Tag.STR.equals(tag) && value.indexOf('\n') >= 0 && style == ScalarStyle.PLAIN;
            return super.representScalar(tag, value, multiline ? ScalarStyle.LITERAL : style);
        }
    }
}
