package dk.samvirke.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/**
 * Text with the parts that matched the search marked. Kept as plain segments, never as markup, so
 * that a page renders each segment escaped ({@code <mark>} around the marked ones) and the API
 * escapes everything but its own {@code <mark>} tags: a name such as {@code <script>} stays text.
 */
public record Highlighted(List<Segment> segments) {

    /** Wrapped around matches by the highlighter: private-use characters, removed from the text itself. */
    static final String OPEN = "\uE000";
    static final String CLOSE = "\uE001";
    /** Between the blocks of a text made from Markdown ({@link MarkdownText}); shown as a space. */
    static final char PARAGRAPH = '\u2029';

    public record Segment(String text, boolean marked) {
    }

    public Highlighted {
        segments = List.copyOf(segments);
    }

    public static Highlighted plain(String text) {
        return new Highlighted(text == null || text.isEmpty() ? List.of() : List.of(new Segment(clean(text), false)));
    }

    /** Reads the highlighter's output: text with {@link #OPEN} and {@link #CLOSE} around each match. */
    static Highlighted parse(String passage) {
        String highlighted = passage.replace(PARAGRAPH, ' ').strip();
        List<Segment> segments = new ArrayList<>();
        boolean marked = false;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < highlighted.length(); i++) {
            char c = highlighted.charAt(i);
            if (c == OPEN.charAt(0) || c == CLOSE.charAt(0)) {
                add(segments, current, marked);
                marked = c == OPEN.charAt(0);
            } else {
                current.append(c);
            }
        }
        add(segments, current, marked);
        return new Highlighted(segments);
    }

    private static void add(List<Segment> segments, StringBuilder text, boolean marked) {
        if (!text.isEmpty()) {
            segments.add(new Segment(text.toString(), marked));
            text.setLength(0);
        }
    }

    /** Only what HTML needs escaped: "æ" stays "æ" in a UTF-8 answer. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** At most about {@code length} characters, cut after a word, "…" when cut. */
    Highlighted shortened(int length) {
        if (hasMatch() || text().length() <= length) {
            return this;
        }
        String text = text();
        int cut = text.lastIndexOf(' ', length);
        return plain(text.substring(0, cut > length / 2 ? cut : length).stripTrailing() + " …");
    }

    private static String clean(String text) {
        return text.replace(OPEN, "").replace(CLOSE, "").replace(PARAGRAPH, ' ').strip();
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }

    public boolean hasMatch() {
        return segments.stream().anyMatch(Segment::marked);
    }

    public String text() {
        return segments.stream().map(Segment::text).collect(Collectors.joining());
    }

    /** HTML in which everything is escaped except the {@code <mark>} elements around matches. */
    public String html() {
        return segments.stream()
                .map(s -> s.marked() ? "<mark>" + escape(s.text()) + "</mark>" : escape(s.text()))
                .collect(Collectors.joining());
    }
}
