package dk.samvirke.forum;

/** The first lines of a post as plain text, for e-mails, lists and the report queue. */
final class Excerpts {

    private Excerpts() {
    }

    static String of(String markdown, int maxLength) {
        if (markdown == null) {
            return "";
        }
        String text = markdown.strip().replaceAll("\\R{2,}", "\n").replaceAll("[ \\t]+", " ");
        if (text.length() <= maxLength) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxLength);
        return text.substring(0, cut > maxLength / 2 ? cut : maxLength) + " …";
    }

    /** At most {@code lines} lines, each kept whole where it fits. */
    static String lines(String markdown, int lines, int maxLength) {
        String text = of(markdown, maxLength);
        String[] split = text.split("\\R");
        if (split.length <= lines) {
            return text;
        }
        return String.join("\n", java.util.Arrays.copyOf(split, lines)) + " …";
    }
}
