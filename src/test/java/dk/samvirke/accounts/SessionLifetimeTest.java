package dk.samvirke.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The absolute timeout: eight hours after signing in the session ends, however active it was. */
class SessionLifetimeTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-03-02T08:00:00Z");

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSessionLivesUntilEightHoursAfterSignIn() throws Exception {
        var session = signedInSession();
        var page = run(session, SIGNED_IN.plus(SessionLifetime.MAXIMUM).minusSeconds(1), true);
        assertThat(session.isInvalid()).isFalse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();
    }

    @Test
    void afterEightHoursTheSessionEndsAndThePersonIsToldWhy() throws Exception {
        var session = signedInSession();
        var page = run(session, SIGNED_IN.plus(SessionLifetime.MAXIMUM), true);
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(page.getRedirectedUrl()).isEqualTo("/login?expired");
    }

    @Test
    void anApiRequestOfAnExpiredSessionGoesOnAnonymously() throws Exception {
        var session = signedInSession();
        var chain = new MockFilterChain();
        var request = request(session, "POST");
        new SessionLifetime(at(SIGNED_IN.plus(Duration.ofHours(9))), false)
                .doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).as("the request went on").isNotNull();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void aSessionWithoutSignInIsLeftAlone() throws Exception {
        var session = new MockHttpSession();
        run(session, SIGNED_IN.plus(Duration.ofDays(3)), true);
        assertThat(session.isInvalid()).isFalse();
    }

    private static MockHttpSession signedInSession() {
        var session = new MockHttpSession();
        SessionLifetime.started(session, at(SIGNED_IN));
        return session;
    }

    private static MockHttpServletResponse run(MockHttpSession session, Instant now, boolean pages) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("anne@aarhus.dk", null, "ROLE_MEMBER"));
        var response = new MockHttpServletResponse();
        new SessionLifetime(at(now), pages).doFilter(request(session, "GET"), response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest request(MockHttpSession session, String method) {
        var request = new MockHttpServletRequest(method, "/konto");
        request.setSession(session);
        return request;
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
