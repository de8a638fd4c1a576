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

    /** Between the blocks of a text made from Markdown ({@link MarkdownText}); shown as a space. */
    static final char PARAGRAPH = '\u2029';

    public record Segment(String text, boolean marked) {
    }

    public Highlighted {
        segments = List.copyOf(segments);
    }

    public static Highlighted plain(String text) {
        return text == null ? new Highlighted(List.of()) : of(List.of(new Segment(text, false)));
    }

    /** The segments of a passage, its block separators shown as spaces and the space around it left out. */
    static Highlighted of(List<Segment> passage) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < passage.size(); i++) {
            String text = passage.get(i).text().replace(PARAGRAPH, ' ');
            if (i == 0) {
                text = text.stripLeading();
            }
            if (i == passage.size() - 1) {
                text = text.stripTrailing();
            }
            if (!text.isEmpty()) {
                segments.add(new Segment(text, passage.get(i).marked()));
            }
        }
        return new Highlighted(segments);
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
