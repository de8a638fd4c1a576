package dk.samvirke.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute session timeout: a session signed in more than {@link #MAXIMUM} ago ends, however busy
 * it has been, so a stolen session cookie is worth a working day at most. The idle timeout is the
 * container's ({@code server.servlet.session.timeout}).
 */
class SessionLifetime extends OncePerRequestFilter {

    static final Duration MAXIMUM = Duration.ofHours(8);
    static final String SIGNED_IN_AT = "samvirke.signedInAt";

    private final Clock clock;
    private final boolean pages;

    /** @param pages true for the pages, where a person is told why they must sign in again; false for the API */
    SessionLifetime(Clock clock, boolean pages) {
        this.clock = clock;
        this.pages = pages;
    }

    static void started(HttpSession session, Clock clock) {
        session.setAttribute(SIGNED_IN_AT, clock.millis());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN_AT) instanceof Long signedInAt
                && clock.millis() - signedInAt >= MAXIMUM.toMillis()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            if (pages && "GET".equals(request.getMethod())) {
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
            // Anything else goes on anonymously: a write is refused as it would be without a session.
        }
        chain.doFilter(request, response);
    }
}
