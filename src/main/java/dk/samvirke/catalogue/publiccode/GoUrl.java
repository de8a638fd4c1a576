package dk.samvirke.catalogue.publiccode;

import java.util.Locale;

/**
 * The parts of a URL as Go's {@code net/url} splits them, with the same failures. The
 * reference's URL rules ("must be a valid URL", "must be an HTTP URL", organisation URIs) are
 * defined in terms of that parser, so a java.net.URI based check would disagree on edge cases.
 */
record GoUrl(String scheme, String opaque, String host, String path, String rawQuery, String fragment) {

    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    /** Go's {@code url.Parse}. */
    static GoUrl parse(String raw) throws Invalid {
        return parse(raw, false);
    }

    /** Go's {@code url.ParseRequestURI}: no fragment, and an absolute URI or absolute path. */
    static GoUrl parseRequestUri(String raw) throws Invalid {
        return parse(raw, true);
    }

    private static GoUrl parse(String raw, boolean viaRequest) throws Invalid {
        String fragment = "";
        String rest = raw;
        if (!viaRequest) {
            int hash = raw.indexOf('#');
            if (hash >= 0) {
                fragment = raw.substring(hash + 1);
                rest = raw.substring(0, hash);
            }
        }
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new Invalid("invalid control character in URL");
            }
        }
        if (rest.isEmpty() && viaRequest) {
            throw new Invalid("empty url");
        }
        if (rest.equals("*")) {
            return new GoUrl("", "", "", "*", "", fragment);
        }
        String scheme = "";
        int colon = schemeEnd(rest);
        if (colon == 0) {
            throw new Invalid("missing protocol scheme");
        }
        if (colon > 0) {
            scheme = rest.substring(0, colon).toLowerCase(Locale.ROOT);
            rest = rest.substring(colon + 1);
        }
        String rawQuery = "";
        if (rest.endsWith("?") && rest.indexOf('?') == rest.length() - 1) {
            rest = rest.substring(0, rest.length() - 1);
        } else {
            int q = rest.indexOf('?');
            if (q >= 0) {
                rawQuery = rest.substring(q + 1);
                rest = rest.substring(0, q);
            }
        }
        if (!rest.startsWith("/")) {
            if (!scheme.isEmpty()) {
                return new GoUrl(scheme, rest, "", "", rawQuery, fragment);
            }
            if (viaRequest) {
                throw new Invalid("invalid URI for request");
            }
            int slash = rest.indexOf('/');
            String segment = slash >= 0 ? rest.substring(0, slash) : rest;
            if (segment.contains(":")) {
                throw new Invalid("first path segment in URL cannot contain colon");
            }
        }
        String host = "";
        if ((!scheme.isEmpty() || !viaRequest && !rest.startsWith("///")) && rest.startsWith("//")) {
            String authorityAndPath = rest.substring(2);
            int slash = authorityAndPath.indexOf('/');
            String authority = slash >= 0 ? authorityAndPath.substring(0, slash) : authorityAndPath;
            rest = slash >= 0 ? authorityAndPath.substring(slash) : "";
            host = parseHost(authority);
        }
        checkEscapes(rest);
        return new GoUrl(scheme, "", host, rest, rawQuery, fragment);
    }

    private static int schemeEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                continue;
            }
            if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
                if (i == 0) {
                    return -1;
                }
                continue;
            }
            if (c == ':') {
                return i;
            }
            return -1;
        }
        return -1;
    }

    private static String parseHost(String authority) throws Invalid {
        int at = authority.lastIndexOf('@');
        String host = at >= 0 ? authority.substring(at + 1) : authority;
        if (host.startsWith("[")) {
            int close = host.lastIndexOf(']');
            if (close < 0) {
                throw new Invalid("missing ']' in host");
            }
            String port = host.substring(close + 1);
            if (!port.isEmpty() && !port.matches(":[0-9]*")) {
                throw new Invalid("invalid port " + port + " after host");
            }
            return host;
        }
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && !host.substring(colon).matches(":[0-9]*")) {
            throw new Invalid("invalid port \"" + host.substring(colon) + "\" after host");
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean ok = Character.isLetterOrDigit(c) || "-_.~!$&'()*+,;=:[]<>\"%".indexOf(c) >= 0 || c >= 0x80;
            if (!ok) {
                throw new Invalid("invalid character \"" + c + "\" in host name");
            }
        }
        checkEscapes(host);
        return host;
    }

    private static void checkEscapes(String s) throws Invalid {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '%') {
                if (i + 2 >= s.length() || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
                    throw new Invalid("invalid URL escape");
                }
            }
        }
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
