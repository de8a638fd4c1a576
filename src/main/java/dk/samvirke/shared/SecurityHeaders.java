package dk.samvirke.shared;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every answer (interfaces.md §6). Spring Security writes them on the answers it
 * sees; the answers written before or outside it (a database outage, Tomcat's own 400s) take them from here.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    private SecurityHeaders() {
    }

    public static void apply(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cache-Control", "no-store");
    }
}
