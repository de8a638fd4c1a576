package dk.samvirke.operations;

import dk.samvirke.shared.SecurityHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is away every request that needs it gets 503 with {@code Retry-After}: problem details
 * for the API (and any client that does not ask for HTML), a friendly page for browsers. Outermost, so it
 * also catches what fails before a controller runs (loading the session). How fast the failure comes is the
 * connection pool's timeout (application.properties), so no request hangs.
 */
@Component
@Order(Integer.MIN_VALUE + 10)
class DatabaseOutage extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);
    private static final byte[] PAGE = page();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseFailures.isUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("The database is unavailable: {} answered 503 ({})", request.getRequestURI(), e.getMessage());
            answer(request, response);
        }
    }

    static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        SecurityHeaders.apply(response);
        response.setHeader("Retry-After", String.valueOf(DatabaseFailures.RETRY_AFTER_SECONDS));
        if (wantsPage(request)) {
            response.setStatus(503);
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(PAGE);
        } else {
            ProblemResponses.write(response, 503, "Service unavailable",
                    "The database cannot be reached just now; try again in a moment");
        }
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return !request.getRequestURI().startsWith("/api/") && accept != null && accept.contains("text/html");
    }

    private static byte[] page() {
        try (InputStream in = DatabaseOutage.class.getResourceAsStream("/operations/unavailable.html")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
