package dk.samvirke.accounts;

import dk.samvirke.shared.SamvirkeProperties;
import dk.samvirke.shared.SecurityHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import java.time.Clock;

/**
 * Who may reach what. The coarse rules live here (the public reads, writes need a signed-in user or
 * a token); each module's own policy decides the fine ones (which organisation, which product).
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // commands (import) run without it
class SecurityConfiguration {

    /** One store of the signed-in context, shared by the chains and the sign-in steps that replace it. */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, SamvirkeProperties properties, AccountManagement accounts,
            SecurityContextRepository contexts) throws Exception {
        var problems = new ProblemDetailsSecurityHandler();
        http
            .securityMatcher("/api/**")
            .securityContext(c -> c.securityContextRepository(contexts))
            .addFilterAfter(new SessionLifetime(Clock.systemUTC(), false), SecurityContextHolderFilter.class)
            // CSRF rides on a session cookie: a request that a bearer token authenticates, or one without a session,
            // cannot be forged that way (the latter is anonymous and gets 401). Any other Authorization header proves
            // nothing, so a browser-session write with one still needs the CSRF token.
            .csrf(csrf -> csrf.ignoringRequestMatchers(
                    request -> ApiTokenAuthenticationFilter.authenticated(request) || request.getSession(false) == null))
            // Before the CSRF check, which asks whether the token authenticated the request.
            .addFilterBefore(new ApiTokenAuthenticationFilter(properties.bootstrapAdminToken(), accounts, problems),
                    CsrfFilter.class)
            .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .headers(this::headers)
            .requestCache(cache -> cache.disable())
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/publiccode/validate").permitAll()
                .anyRequest().authenticated());
        return http.build();
    }

    /** Operations endpoints: health and info for everyone, nothing else from the web. */
    @Bean
    @Order(2)
    SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
        var problems = new ProblemDetailsSecurityHandler();
        http
            .securityMatcher("/actuator/**")
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .headers(this::headers)
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .anyRequest().denyAll());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageSecurity(HttpSecurity http, SignInThrottle throttle, AccountManagement accounts,
            SecurityContextRepository contexts, SingleSignOn singleSignOn) throws Exception {
        var signIn = new SignInOutcomes(throttle, accounts, contexts, Clock.systemUTC());
        http
            .headers(this::headers)
            .securityContext(c -> c.securityContextRepository(contexts))
            .addFilterAfter(new SessionLifetime(Clock.systemUTC(), true), SecurityContextHolderFilter.class)
            .addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
            .formLogin(form -> form
                .loginPage("/login").permitAll()
                .successHandler(signIn)
                .failureHandler(signIn))
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                .deleteCookies("SESSION", "JSESSIONID"))
            .sessionManagement(s -> s.sessionFixation(f -> f.newSession()))
            .exceptionHandling(e -> e.accessDeniedHandler(secondStepFirst()))
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/konto/invitation", "/konto/nulstil", "/konto/glemt", "/konto/slettet").permitAll()
                .requestMatchers("/login/totp", "/konto/totp", "/konto/totp/qr.svg")
                    .access((authentication, request) -> new AuthorizationDecision(authentication.get() instanceof PartialSignIn))
                .requestMatchers("/konto/**", "/admin/**").authenticated()
                // Writing in the forum needs a signed-in person, before any form is even read; the e-mail
                // settings behind an unsubscribe link are the exception (their signed token is the key).
                .requestMatchers(HttpMethod.POST, "/forum/afmeld").permitAll()
                .requestMatchers(HttpMethod.POST, "/forum/**").authenticated()
                .anyRequest().permitAll());
        if (singleSignOn.isConfigured()) {
            http.oauth2Login(oidc -> oidc
                .loginPage("/login")
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new AccountOidcUserService(accounts)))
                .successHandler(signIn)
                .failureHandler(new SingleSignOnFailure()));
        }
        return http.build();
    }

    /** Someone half-way through signing in who reaches for a protected page is sent back to the second step. */
    private static AccessDeniedHandler secondStepFirst() {
        var forbidden = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            if (SecurityContextHolder.getContext().getAuthentication() instanceof PartialSignIn partial) {
                response.sendRedirect(request.getContextPath() + partial.step().path());
            } else {
                forbidden.handle(request, response, denied);
            }
        };
    }

    private void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
            .frameOptions(f -> f.deny());
    }
}
