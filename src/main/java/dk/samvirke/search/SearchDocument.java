package dk.samvirke.search;

import java.util.List;
import java.util.Map;

/**
 * What the index holds of one result: the stored fields a kind asked for and, per highlighted field
 * (title, snippets, the title's parts twin), its best passage, or its whole text when nothing in it matched.
 */
public record SearchDocument(Object id, Map<String, Object> fields, Map<String, Highlighted> highlights) {

    private static final int SNIPPET_LENGTH = 200;

    /** A stored field's value, or a highlighted field's text. */
    public String text(String field) {
        Object value = fields.get(field);
        if (value != null) {
            return value.toString();
        }
        Highlighted highlighted = highlights.get(field);
        return highlighted == null || highlighted.isEmpty() ? null : highlighted.text();
    }

    /**
     * The field's passage with its matches marked; when only its parts twin matched ("loop" in
     * "OS2loop"), the twin's; else the field's plain text.
     */
    public Highlighted highlighted(String field) {
        Highlighted whole = highlights.get(field);
        if (whole != null && whole.hasMatch()) {
            return whole;
        }
        Highlighted parts = highlights.get(SearchFields.parts(field));
        if (parts != null && parts.hasMatch()) {
            return parts;
        }
        return whole != null && !whole.isEmpty() ? whole : Highlighted.plain(text(field));
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
