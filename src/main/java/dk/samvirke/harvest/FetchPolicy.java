package dk.samvirke.harvest;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which repository URLs may be fetched, and which addresses a fetch may connect to (interfaces.md §5).
 *
 * <p>By default only {@code https} (and {@code http} when configured) URLs without credentials whose
 * host is a public address. A URL is checked when it is registered; every connection, including each
 * redirect, checks its URL again and resolves the host exactly once through {@link #resolve}, so the
 * connection goes to an address that was checked — a DNS answer that changes in between (rebinding)
 * gains nothing. {@code allowLocal} lifts the scheme and address rules for tests with {@code file:} URLs.
 */
final class FetchPolicy {

    static final int MAX_URL_LENGTH = 2048;

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    /** git's remote-helper syntax {@code <transport>::<address>}: ext:: runs commands, fd:: uses descriptors. */
    private static final Pattern TRANSPORT_HELPER = Pattern.compile("^[A-Za-z0-9+.-]*::");
    private static final Pattern HOST_NAME = Pattern.compile("[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*\\.?");

    private final boolean allowLocal;
    private final boolean allowHttp;
    private final HostResolver resolver;

    FetchPolicy(boolean allowLocal, boolean allowHttp, HostResolver resolver) {
        this.allowLocal = allowLocal;
        this.allowHttp = allowHttp;
        this.resolver = resolver;
    }

    static FetchPolicy strict(HostResolver resolver) {
        return new FetchPolicy(false, false, resolver);
    }

    boolean allowsLocal() {
        return allowLocal;
    }

    /** Checks a URL as it is registered: its form, and every address its host resolves to now. */
    URI check(String url) {
        URI uri = checkForm(url);
        if (!"file".equals(uri.getScheme())) {
            resolve(uri.getHost());
        }
        return uri;
    }

    /** Checks a URL's form without resolving its host: what each connection and redirect repeats. */
    URI checkForm(String url) {
        if (url == null || url.isEmpty()) {
            throw new RefusedUrlException("No URL given");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw new RefusedUrlException("The URL is longer than " + MAX_URL_LENGTH + " characters");
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7f || Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                throw new RefusedUrlException("The URL contains whitespace or control characters");
            }
            if (c > 0x7e) {
                throw new RefusedUrlException("The URL contains non-ASCII characters; write host names in punycode "
                        + "and percent-encode paths");
            }
            if (c == '\\') {
                throw new RefusedUrlException("The URL contains a backslash");
            }
        }
        if (url.startsWith("-")) {
            throw new RefusedUrlException("The URL starts with '-' and could be read as a command-line option");
        }
        if (TRANSPORT_HELPER.matcher(url).find()) {
            throw new RefusedUrlException("git transport helpers such as ext:: and fd:: are not allowed");
        }
        var schemeMatch = SCHEME.matcher(url);
        if (!schemeMatch.find()) {
            throw new RefusedUrlException("Not a URL: give the repository as https://host/path"
                    + (url.contains(":") ? " (scp-like host:path addresses use ssh, which is not allowed)" : ""));
        }
        String scheme = schemeMatch.group(1).toLowerCase(Locale.ROOT);
        boolean hierarchical = url.startsWith("//", schemeMatch.end());
        if (!scheme.equals("file") && !hierarchical && !isAllowedScheme(scheme)) {
            throw new RefusedUrlException("Not a URL: scp-like host:path addresses use ssh, which is not allowed; "
                    + "give the repository as https://host/path");
        }
        if (!isAllowedScheme(scheme)) {
            throw new RefusedUrlException("The scheme '" + scheme + ":' is not allowed; use "
                    + (allowHttp ? "https: or http:" : "https:"));
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new RefusedUrlException("Malformed URL: " + e.getReason());
        }
        if (scheme.equals("file")) {
            return uri;
        }
        if (uri.isOpaque() || uri.getRawAuthority() == null) {
            throw new RefusedUrlException("The URL has no host; give the repository as https://host/path");
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority().contains("@")) {
            throw new RefusedUrlException("User names and passwords in the URL are not allowed");
        }
        if (uri.getHost() == null) {
            throw new RefusedUrlException("The host '" + uri.getRawAuthority() + "' is not a valid host name or address");
        }
        checkHostSpelling(uri.getHost());
        return uri;
    }

    /**
     * Resolves a host once and checks every address it resolves to; connect only to what this returns.
     * Literal addresses in any spelling are checked without asking DNS.
     */
    InetAddress[] resolve(String host) {
        String h = normalise(host);
        checkHostSpelling(h);
        Optional<InetAddress> literal = literal(h);
        List<InetAddress> addresses;
        if (literal.isPresent()) {
            addresses = List.of(literal.get());
        } else {
            try {
                addresses = resolver.resolve(h.endsWith(".") ? h.substring(0, h.length() - 1) : h);
            } catch (UnknownHostException e) {
                throw new RefusedUrlException("The host '" + h + "' does not resolve");
            }
            if (addresses == null || addresses.isEmpty()) {
                throw new RefusedUrlException("The host '" + h + "' does not resolve");
            }
        }
        if (!allowLocal) {
            for (InetAddress address : addresses) {
                if (!AddressRanges.isPublic(address)) {
                    throw new RefusedUrlException("The host '" + h + "' resolves to " + address.getHostAddress()
                            + ", which is not a public internet address");
                }
            }
        }
        return addresses.toArray(InetAddress[]::new);
    }

    private boolean isAllowedScheme(String scheme) {
        return switch (scheme) {
            case "https" -> true;
            case "http" -> allowHttp || allowLocal;
            case "file" -> allowLocal;
            default -> false;
        };
    }

    /** Names and numeric spellings that mean this machine or a private network are refused up front. */
    private void checkHostSpelling(String rawHost) {
        String h = normalise(rawHost);
        if (h.isEmpty()) {
            throw new RefusedUrlException("The URL has an empty host");
        }
        if (h.contains("%")) {
            throw new RefusedUrlException("IPv6 zone identifiers are not allowed in a repository URL");
        }
        Optional<InetAddress> literal = literal(h);
        if (literal.isPresent()) {
            if (!allowLocal && !AddressRanges.isPublic(literal.get())) {
                throw new RefusedUrlException("The address " + literal.get().getHostAddress()
                        + " is not a public internet address");
            }
            return;
        }
        if (!HOST_NAME.matcher(h).matches()) {
            throw new RefusedUrlException("The host '" + h + "' is not a valid host name");
        }
        String name = h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
        if (!allowLocal && (name.equals("localhost") || name.endsWith(".localhost"))) {
            throw new RefusedUrlException("The host '" + h + "' is this machine");
        }
    }

    /** The address a host spells literally (IPv6 in brackets or not, IPv4 in any inet_aton form). */
    private static Optional<InetAddress> literal(String h) {
        try {
            if (h.contains(":")) {
                // Java parses IPv6 literals without a lookup; ::ffff:a.b.c.d comes back as the IPv4 address
                return Optional.of(InetAddress.getByName("[" + h + "]"));
            }
            if (NumericHost.looksNumeric(h)) {
                byte[] bytes = NumericHost.parse(h).orElseThrow(() ->
                        new RefusedUrlException("The host '" + h + "' is neither a valid IPv4 address nor a host name"));
                return Optional.of(InetAddress.getByAddress(bytes));
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            throw new RefusedUrlException("The host '" + h + "' is not a valid IP address");
        }
    }

    private static String normalise(String host) {
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h;
    }
}
