package dk.samvirke.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>}: the bootstrap administrator token from the
 * configuration, or an account's API token. A token that is presented but wrong is a 401 at once,
 * so a script with a revoked token learns it instead of silently acting anonymously.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    static final String BOOTSTRAP_ADMIN = "bootstrap-admin";
    private static final String AUTHENTICATED = ApiTokenAuthenticationFilter.class.getName() + ".authenticated";

    private final byte[] bootstrapToken;
    private final AccountManagement accounts;
    private final ProblemDetailsSecurityHandler problems;

    ApiTokenAuthenticationFilter(String bootstrapToken, AccountManagement accounts, ProblemDetailsSecurityHandler problems) {
        this.bootstrapToken = bootstrapToken == null || bootstrapToken.isBlank() ? null
                : bootstrapToken.getBytes(StandardCharsets.UTF_8);
        this.accounts = accounts;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(7).strip();
        var user = authenticate(token);
        if (user.isEmpty()) {
            problems.commence(request, response, null);
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SignedInAuthentication(user.get()));
        SecurityContextHolder.setContext(context);
        request.setAttribute(AUTHENTICATED, Boolean.TRUE);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Whether a bearer token (and not merely some Authorization header) authenticated this request. */
    static boolean authenticated(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(AUTHENTICATED));
    }

    private Optional<SignedInUser> authenticate(String token) {
        // Constant-time comparison: the answer time must not reveal how much of a guess was right.
        if (bootstrapToken != null && MessageDigest.isEqual(bootstrapToken, token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(new SignedInUser(null, BOOTSTRAP_ADMIN, "Administrator (bootstrap token)", null,
                    Set.of(Grant.admin())));
        }
        return token.isEmpty() || token.length() > 200 ? Optional.empty() : accounts.authenticateToken(token);
    }
}
