package dk.samvirke.accounts;

import java.util.Map;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider for the tests: Spring Authorization Server in its own small application
 * on a random port, with one client (Samvirke) and its own users, who sign in on its own login form.
 */
final class OidcProvider {

    static final String CLIENT_ID = "samvirke";
    static final String CLIENT_SECRET = "test-client-secret";
    static final String PASSWORD = "provider password";
    /** The provider's users and the verified e-mail its ID tokens carry for each. */
    static final Map<String, String> EMAILS = Map.of("anne", "Anne@Aarhus.dk", "stranger", "stranger@elsewhere.dk");

    private final ConfigurableApplicationContext context;

    private OidcProvider(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** @param redirectUri the client's callback, which the provider matches exactly */
    static OidcProvider start(String redirectUri) {
        String client = "spring.security.oauth2.authorizationserver.client.samvirke.";
        var context = new SpringApplicationBuilder(Configuration.class)
                .properties("spring.main.banner-mode=off",
                        client + "registration.client-id=" + CLIENT_ID,
                        client + "registration.client-secret={noop}" + CLIENT_SECRET,
                        client + "registration.client-authentication-methods=client_secret_basic",
                        client + "registration.authorization-grant-types=authorization_code",
                        client + "registration.redirect-uris=" + redirectUri,
                        client + "registration.scopes=openid,email,profile",
                        client + "require-authorization-consent=false")
                // Not the application's own properties: this is another application.
                .run("--spring.config.name=oidc-provider", "--server.port=0");
        return new OidcProvider(context);
    }

    /** Addressed as localhost, the client as 127.0.0.1: the two keep apart cookies, as two sites would. */
    String issuer() {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    void stop() {
        context.close();
    }

    /**
     * Deliberately not a {@code @Configuration}: neither the application's component scan nor the test
     * bootstrap's search for a {@code @SpringBootConfiguration} may find it.
     */
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class, OAuth2AuthorizationServerAutoConfiguration.class,
        OAuth2AuthorizationServerJwtAutoConfiguration.class})
    static class Configuration {

        @Bean
        UserDetailsService users() {
            return new InMemoryUserDetailsManager(EMAILS.keySet().stream()
                    .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build()).toList());
        }

        /** The ID token carries the e-mail and says the provider has verified it, as a real one would. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> emailClaims() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    context.getClaims().claim("email", EMAILS.get(context.getPrincipal().getName()))
                            .claim("email_verified", true);
                }
            };
        }
    }
}
