package dk.samvirke.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The syntax rules of record fields (interfaces.md §2), each a yes/no question; {@link FieldCheck} words the answers. */
final class Syntax {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DECIMAL = Pattern.compile("\\d+([.,]\\d+)?");
    /** Identifiers, operators and parentheses of an SPDX expression; the identifiers themselves are not checked. */
    private static final Pattern SPDX = Pattern.compile("[A-Za-z0-9.+:()\\- ]+");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Syntax() {
    }

    static boolean isKey(String value) {
        return KEY.matcher(value).matches();
    }

    static boolean isDomain(String value) {
        return DOMAIN.matcher(value).matches();
    }

    static boolean isEmail(String value) {
        int at = value.lastIndexOf('@');
        return at > 0 && value.length() <= FieldCheck.MAX_EMAIL && at <= 64 && LOCAL_PART.matcher(value.substring(0, at)).matches()
                && isDomain(value.substring(at + 1));
    }

    /** Exactly {@code count} ASCII digits (not any Unicode digit, as {@code \\d} with flags might allow). */
    static boolean isDigits(String value, int count) {
        return value.length() == count && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** YYYY-MM-DD in ASCII digits; by hand, not by a pattern: an import checks hundreds of thousands of dates. */
    static boolean isDateShape(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = value.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    static boolean isDecimal(String value) {
        return DECIMAL.matcher(value).matches();
    }

    static boolean isCountry(String value) {
        return COUNTRIES.contains(value);
    }

    static boolean isSpdxExpression(String value) {
        return SPDX.matcher(value).matches();
    }

    /** An absolute http or https URL with a host: what a browser can open from a product page. */
    static boolean isWebUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
