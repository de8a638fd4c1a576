package dk.samvirke.accounts;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * What happens after the first factor, whether a password or single sign-on: counts failures for the
 * throttle, records the sign-in, starts the absolute session timeout, and holds administrators at a
 * {@link PartialSignIn} until they have given a TOTP code.
 */
class SignInOutcomes extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    private final SignInThrottle throttle;
    private final AccountManagement accounts;
    private final SecurityContextRepository contexts;
    private final Clock clock;
    private final SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error");

    SignInOutcomes(SignInThrottle throttle, AccountManagement accounts, SecurityContextRepository contexts, Clock clock) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.contexts = contexts;
        this.clock = clock;
        setDefaultTargetUrl("/konto");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        boolean singleSignOn = authentication instanceof OAuth2AuthenticationToken;
        String email = AccountManagement.normaliseEmail(authentication.getName());
        var state = accounts.signInState(email);
        if (state.isEmpty()) {
            // Removed or disabled between the provider's answer and now.
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            getRedirectStrategy().sendRedirect(request, response, "/login?error");
            return;
        }
        if (!singleSignOn) {
            throttle.succeeded(request.getRemoteAddr(), email);
        }
        accounts.recordSignIn(email);
        SessionLifetime.started(request.getSession(), clock);
        GrantedAuthority factor = FactorGrantedAuthority.fromAuthority(singleSignOn
                ? FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY : FactorGrantedAuthority.PASSWORD_AUTHORITY);
        var continueTo = LocalPath.of(request.getParameter(LocalPath.PARAMETER));
        if (state.get().user().isAdmin()) {
            // The second step finishes the sign-in; it goes on where the person meant to go.
            continueTo.ifPresent(path -> request.getSession().setAttribute(LocalPath.SESSION_ATTRIBUTE, path));
            var partial = new PartialSignIn(email,
                    state.get().hasSecondFactor() ? PartialSignIn.Step.CODE : PartialSignIn.Step.ENROL, factor);
            replace(partial, request, response);
            getRedirectStrategy().sendRedirect(request, response, partial.step().path());
            return;
        }
        if (singleSignOn) {
            // The provider's token is not this application's user: act as the account it matched.
            replace(new SignedInAuthentication(state.get().user(), List.of(factor)), request, response);
        }
        if (continueTo.isPresent()) {
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, continueTo.get());
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    private void replace(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        throttle.failed(request.getRemoteAddr(), AccountManagement.normaliseEmail(request.getParameter("username")));
        var continueTo = LocalPath.of(request.getParameter(LocalPath.PARAMETER));
        if (continueTo.isPresent()) {
            new SimpleUrlAuthenticationFailureHandler("/login?error&" + LocalPath.PARAMETER + "="
                    + URLEncoder.encode(continueTo.get(), StandardCharsets.UTF_8))
                    .onAuthenticationFailure(request, response, exception);
            return;
        }
        failure.onAuthenticationFailure(request, response, exception);
    }
}
