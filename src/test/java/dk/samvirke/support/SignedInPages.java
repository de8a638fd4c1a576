package dk.samvirke.support;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@link SignedIn} sessions as MockMvc request post-processors, for page tests in a line. */
public final class SignedInPages {

    private SignedInPages() {
    }

    public static RequestPostProcessor admin() {
        return as(SignedIn.as("admin@samvirke.dk", null, SignedIn.admin()));
    }

    public static RequestPostProcessor productManager(String product) {
        String email = "pm-" + product + "@samvirke.dk";
        return as(SignedIn.as(email, null, SignedIn.productManager(product)));
    }

    public static RequestPostProcessor member() {
        return as(SignedIn.as("member@samvirke.dk", null, SignedIn.member()));
    }

    private static RequestPostProcessor as(org.springframework.security.core.Authentication authentication) {
        return SecurityMockMvcRequestPostProcessors.authentication(authentication);
    }
}
