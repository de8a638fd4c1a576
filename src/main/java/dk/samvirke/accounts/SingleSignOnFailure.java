package dk.samvirke.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** A person the provider knows but Samvirke does not gets a page that says so and whom to ask. */
class SingleSignOnFailure implements AuthenticationFailureHandler {

    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
        boolean unknownPerson = AccountOidcUserService.NO_ACCOUNT.equals(code)
                || AccountOidcUserService.NO_VERIFIED_EMAIL.equals(code);
        redirect.sendRedirect(request, response, unknownPerson ? "/login/ingen-konto" : "/login?error=sso");
    }
}
