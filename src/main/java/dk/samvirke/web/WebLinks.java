package dk.samvirke.web;

import java.util.Locale;

/** Addresses from the registry become links only when they are web addresses: never {@code javascript:} and the like. */
public final class WebLinks {

    private WebLinks() {
    }

    public static String httpOrNull(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.trim() : null;
    }
}
