package dk.samvirke.catalogue.publiccode;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Value formats the reference checks with go-playground/validator built-ins (url, http_url,
 * email, datetime, urn_rfc2141) or its own small rules (MIME types), reproduced here so that
 * the same values pass and fail.
 */
final class FormatChecks {

    /** go-playground/validator's email pattern (MIT licence), unchanged. */
    private static final String U = "\\x{00A0}-\\x{D7FF}\\x{F900}-\\x{FDCF}\\x{FDF0}-\\x{FFEF}";
    private static final Pattern EMAIL = Pattern.compile(
            "^(?:(?:(?:(?:[a-zA-Z]|\\d|[!#\\$%&'\\*\\+\\-\\/=\\?\\^_`{\\|}~]|[" + U + "])+(?:\\.([a-zA-Z]|\\d|"
                    + "[!#\\$%&'\\*\\+\\-\\/=\\?\\^_`{\\|}~]|[" + U + "])+)*)|(?:(?:\\x22)(?:(?:(?:(?:\\x20|\\x09)*"
                    + "(?:\\x0d\\x0a))?(?:\\x20|\\x09)+)?(?:(?:[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]|\\x21|"
                    + "[\\x23-\\x5b]|[\\x5d-\\x7e]|[" + U + "])|(?:\\(?:[\\x01-\\x09\\x0b\\x0c\\x0d-\\x7f]|[" + U
                    + "]))))*(?:(?:(?:\\x20|\\x09)*(?:\\x0d\\x0a))?(\\x20|\\x09)+)?(?:\\x22)))@(?:(?:(?:[a-zA-Z]|"
                    + "\\d|[" + U + "])|(?:(?:[a-zA-Z]|\\d|[" + U + "])(?:[a-zA-Z]|\\d|-|\\.|_|~|[" + U + "])*"
                    + "(?:[a-zA-Z]|\\d|[" + U + "])))\\.)+(?:(?:[a-zA-Z]|[" + U + "])|(?:(?:[a-zA-Z]|[" + U
                    + "])(?:[a-zA-Z]|\\d|-|\\.|_|~|[" + U + "])*(?:[a-zA-Z]|[" + U + "])))\\.?$");

    /** The reference's MIME type pattern (from jshttp/media-typer). */
    private static final Pattern MIME = Pattern.compile(
            "^ *([A-Za-z0-9][A-Za-z0-9!#$&^_-]{0,126})/([A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}) *$");

    private static final Pattern URN = Pattern.compile(
            "^(?i)urn:(?!urn:)[a-z0-9][a-z0-9-]{0,31}:(?:[a-z0-9()+,\\-.:=@;$_!*'/?#]|%[0-9a-f]{2})+$");

    private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private FormatChecks() {
    }

    /** go-playground's {@code url}: a scheme plus a host, fragment or opaque part; file URLs need a path. */
    static boolean isUrl(String value) {
        String s = value.toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return false;
        }
        try {
            GoUrl url = GoUrl.parse(s);
            if (s.startsWith("file:/")) {
                return true;
            }
            if (url.scheme().isEmpty()) {
                return false;
            }
            return !url.host().isEmpty() || !url.fragment().isEmpty() || !url.opaque().isEmpty();
        } catch (GoUrl.Invalid e) {
            return false;
        }
    }

    /** go-playground's {@code http_url}. */
    static boolean isHttpUrl(String value) {
        if (!isUrl(value)) {
            return false;
        }
        try {
            GoUrl url = GoUrl.parse(value.toLowerCase(Locale.ROOT));
            return !url.host().isEmpty() && (url.scheme().equals("http") || url.scheme().equals("https"));
        } catch (GoUrl.Invalid e) {
            return false;
        }
    }

    static boolean isEmail(String value) {
        return EMAIL.matcher(value).matches();
    }

    /** Go's {@code time.Parse("2006-01-02", value)}: exactly this layout, and a real day. */
    static boolean isDate(String value) {
        if (!DATE_SHAPE.matcher(value).matches()) {
            return false;
        }
        try {
            LocalDate.parse(value, DATE);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    static boolean isMimeType(String value) {
        return MIME.matcher(value).matches();
    }

    static boolean isUrn(String value) {
        return URN.matcher(value).matches();
    }
}
