package dk.samvirke.forum;

import java.util.regex.Pattern;

/** Reads a form's CSRF token from a page, as a browser would post it back. */
final class UnsubscribeFlow {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private UnsubscribeFlow() {
    }

    static String csrf(String page) {
        var matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token in the page");
        }
        return matcher.group(1);
    }
}
