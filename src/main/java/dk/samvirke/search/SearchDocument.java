package dk.samvirke.search;

import java.util.List;
import java.util.Map;

/** What the index holds of one result: the stored fields and, per highlighted field, its best passage. */
public record SearchDocument(Object id, Map<String, Object> fields, Map<String, Highlighted> highlights) {

    private static final int SNIPPET_LENGTH = 200;

    public String text(String field) {
        Object value = fields.get(field);
        return value == null ? null : value.toString();
    }

    /** The field's passage with its matches marked, or the field's plain text when nothing in it matched. */
    public Highlighted highlighted(String field) {
        Highlighted highlighted = highlights.get(field);
        return highlighted != null && !highlighted.isEmpty() ? highlighted : Highlighted.plain(text(field));
    }

    /**
     * The first field with a match, else the start of the first with text; empty when none has text.
     * A passage with a match is a sentence or so; one without is cut to about 200 characters.
     */
    public Highlighted snippet(List<String> fieldsInTurn) {
        return fieldsInTurn.stream().map(highlights::get).filter(h -> h != null && h.hasMatch()).findFirst()
                .or(() -> fieldsInTurn.stream().map(this::highlighted).filter(h -> !h.isEmpty()).findFirst())
                .map(h -> h.shortened(SNIPPET_LENGTH))
                .orElse(Highlighted.plain(null));
    }
}
