package dk.samvirke.accounts;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** Counts failed sign-ins for the throttle and records successful ones on the account. */
class SignInOutcomes extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    private final SignInThrottle throttle;
    private final AccountManagement accounts;
    private final SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error");

    SignInOutcomes(SignInThrottle throttle, AccountManagement accounts) {
        this.throttle = throttle;
        this.accounts = accounts;
        setDefaultTargetUrl("/konto");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        throttle.succeeded(request.getRemoteAddr(), AccountManagement.normaliseEmail(authentication.getName()));
        accounts.recordSignIn(authentication.getName());
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        throttle.failed(request.getRemoteAddr(), AccountManagement.normaliseEmail(request.getParameter("username")));
        failure.onAuthenticationFailure(request, response, exception);
    }
}
