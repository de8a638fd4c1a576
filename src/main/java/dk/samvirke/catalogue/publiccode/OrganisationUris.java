package dk.samvirke.catalogue.publiccode;

import java.util.Locale;

/**
 * Organisation URIs: an absolute URL with a host, or an RFC 2141 URN; Italian public bodies
 * use {@code urn:x-italian-pa:<iPA code>} and the code must exist.
 */
final class OrganisationUris {

    private OrganisationUris() {
    }

    static boolean isValid(String uri) {
        GoUrl url;
        try {
            url = GoUrl.parseRequestUri(uri);
        } catch (GoUrl.Invalid e) {
            return false;
        }
        if (url.scheme().equalsIgnoreCase("urn")) {
            if (!FormatChecks.isUrn(uri)) {
                return false;
            }
            String opaque = url.opaque();
            if (opaque.toLowerCase(Locale.ROOT).startsWith("x-italian-pa:")) {
                return CodeLists.isItalianIpaCode(opaque.substring("x-italian-pa:".length()));
            }
            return true;
        }
        return !url.scheme().isEmpty() && !url.host().isEmpty();
    }
}
