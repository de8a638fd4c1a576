package dk.samvirke.accounts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * Whether single sign-on is set up: a client registration with the id {@value #REGISTRATION_ID} in the
 * standard {@code spring.security.oauth2.client.*} properties. Without it the sign-in page offers only
 * the password form.
 */
@Component
public class SingleSignOn {

    public static final String REGISTRATION_ID = "oidc";

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    SingleSignOn(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    public boolean isConfigured() {
        var repository = registrations.getIfAvailable();
        return repository != null && repository.findByRegistrationId(REGISTRATION_ID) != null;
    }

    /** Where the sign-in button sends the browser: Spring Security starts the authorization-code flow there. */
    public String startPath() {
        return "/oauth2/authorization/" + REGISTRATION_ID;
    }
}
