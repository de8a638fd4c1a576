package dk.samvirke.forum;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds markup a browser would execute: script-capable elements, event-handler attributes, and URLs
 * with schemes other than http, https and mailto (after undoing entity encoding and stripping the
 * whitespace and control characters browsers ignore in a scheme). Scripts with {@code src} under the
 * site's own {@code /vendor/} and {@code /js/} are the page's own, not the post's.
 */
final class ExecutableMarkup {

    private static final Pattern TAG = Pattern.compile("<\\s*([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'>/=]+)\\s*(?:=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?", Pattern.DOTALL);
    private static final Set<String> DANGEROUS_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object",
            "embed", "applet", "svg", "math", "style", "link", "meta", "base", "form", "input", "button", "textarea",
            "select", "img", "video", "audio", "source", "track", "image", "xml", "template", "isindex", "marquee");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "background", "srcset", "ping", "cite", "lowsrc", "dynsrc");
    /** A scheme is what comes before the first colon, when no '/', '?' or '#' comes before that colon. */
    private static final Pattern SCHEME = Pattern.compile("^([^:/?#]*):");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private ExecutableMarkup() {
    }

    /** Problems in an HTML fragment (a post's rendering): nothing at all may execute. */
    static List<String> inFragment(String html) {
        return find(html, false);
    }

    /** Problems in a whole page: only the site's own external scripts and form controls are allowed. */
    static List<String> inPage(String html) {
        return find(html, true);
    }

    private static List<String> find(String html, boolean page) {
        List<String> problems = new ArrayList<>();
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            String element = tags.group(1).toLowerCase(Locale.ROOT);
            String attributes = tags.group(2);
            if (DANGEROUS_ELEMENTS.contains(element) && !(page && pagesOwn(element, attributes))) {
                problems.add("element <" + element + ">: " + tags.group());
            }
            Matcher attribute = ATTRIBUTE.matcher(attributes);
            while (attribute.find()) {
                String name = attribute.group(1).toLowerCase(Locale.ROOT);
                String value = firstNonNull(attribute.group(2), attribute.group(3), attribute.group(4));
                if (name.startsWith("on")) {
                    problems.add("event handler " + name + ": " + tags.group());
                }
                if (name.equals("style") && !page) {
                    problems.add("style attribute: " + tags.group());
                }
                if (value != null && URL_ATTRIBUTES.contains(name)) {
                    String url = decode(value).replaceAll("[\\x00-\\x20\\x7f-\\x9f\\u200b-\\u200f\\ufeff]", "");
                    var scheme = SCHEME.matcher(url);
                    if (scheme.find() && !SAFE_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT))) {
                        problems.add("URL scheme in " + name + ": " + tags.group());
                    }
                }
            }
        }
        return problems;
    }

    private static boolean pagesOwn(String element, String attributes) {
        String lower = attributes.toLowerCase(Locale.ROOT);
        return switch (element) {
            case "script" -> lower.matches("(?s)\\s*src=\"/(vendor|js)/[^\"]+\"\\s*(defer)?\\s*");
            case "link", "meta", "svg", "form", "input", "button", "textarea", "select" -> true;
            default -> false;
        };
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Numeric and the common named character references, applied until nothing changes. */
    static String decode(String text) {
        String before;
        String after = text;
        do {
            before = after;
            var numeric = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);?").matcher(before);
            var decoded = new StringBuilder();
            while (numeric.find()) {
                String number = numeric.group(1);
                int code = number.startsWith("x") || number.startsWith("X") ? Integer.parseInt(number.substring(1), 16)
                        : Integer.parseInt(number);
                numeric.appendReplacement(decoded, Matcher.quoteReplacement(new String(Character.toChars(
                        Character.isValidCodePoint(code) ? code : 0xfffd))));
            }
            numeric.appendTail(decoded);
            after = decoded.toString().replace("&colon;", ":").replace("&Tab;", "\t").replace("&NewLine;", "\n")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                    .replace("&amp;", "&");
        } while (!after.equals(before));
        return after;
    }
}
