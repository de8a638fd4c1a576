package dk.samvirke.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Answers 429 with Retry-After to a sign-in attempt the {@link SignInThrottle} holds back. */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long wait = throttle.retryAfterSeconds(request.getRemoteAddr(),
                AccountManagement.normaliseEmail(request.getParameter("username")));
        if (wait > 0) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(wait));
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("For mange forsøg på at logge ind. Prøv igen om " + wait + " sekunder.\n"
                    + "Too many sign-in attempts. Try again in " + wait + " seconds.\n");
            return;
        }
        chain.doFilter(request, response);
    }
}
