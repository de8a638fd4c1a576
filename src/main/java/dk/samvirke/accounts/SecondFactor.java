package dk.samvirke.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Service;

/**
 * The administrators' second step: choosing a TOTP secret the first time, entering a code every time.
 * Only a {@link PartialSignIn} can take it; success turns the session into a full sign-in under a new
 * session id. A few wrong codes end the attempt, so six digits cannot be guessed within one sign-in.
 */
@Service
public class SecondFactor {

    static final String TOTP_AUTHORITY = "FACTOR_TOTP";
    static final int MAX_ATTEMPTS = 5;
    private static final String ISSUER = "Samvirke";
    private static final String ENROLMENT_SECRET = "samvirke.totp.enrolment";
    private static final String ATTEMPTS = "samvirke.totp.attempts";

    private final AccountManagement accounts;
    /** Only in a web application; the import command's context has the accounts module but no sessions. */
    private final ObjectProvider<SecurityContextRepository> contexts;
    private final Totp totp = new Totp(Clock.systemUTC());
    private final RequestCache requestCache = new HttpSessionRequestCache();

    SecondFactor(AccountManagement accounts, ObjectProvider<SecurityContextRepository> contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    /** The person part-way through signing in, if this session is one. */
    public Optional<Pending> pending() {
        return partial().map(p -> new Pending(p.getName(), p.step() == PartialSignIn.Step.ENROL));
    }

    /** The secret to set up, made once per attempt and kept in the session until confirmed. */
    public Optional<Enrolment> enrolment(HttpSession session) {
        return partial().filter(p -> p.step() == PartialSignIn.Step.ENROL).map(p -> {
            var secret = (String) session.getAttribute(ENROLMENT_SECRET);
            if (secret == null) {
                secret = Totp.newSecret();
                session.setAttribute(ENROLMENT_SECRET, secret);
            }
            return new Enrolment(secret.replaceAll("(.{4})(?!$)", "$1 "), Totp.otpauthUri(ISSUER, p.getName(), secret));
        });
    }

    public Optional<String> qrCodeSvg(HttpSession session, String title) {
        return enrolment(session).map(e -> QrCode.svg(e.uri(), title));
    }

    public Result confirmEnrolment(String code, HttpServletRequest request, HttpServletResponse response) {
        var partial = partial().filter(p -> p.step() == PartialSignIn.Step.ENROL);
        var secret = (String) request.getSession().getAttribute(ENROLMENT_SECRET);
        if (partial.isEmpty() || secret == null) {
            return new Result(Outcome.NOT_PENDING, "/login");
        }
        if (!totp.verify(secret, code)) {
            return wrongCode(request);
        }
        accounts.enrolSecondFactor(partial.get().getName(), secret);
        return complete(partial.get(), request, response);
    }

    public Result verify(String code, HttpServletRequest request, HttpServletResponse response) {
        var partial = partial().filter(p -> p.step() == PartialSignIn.Step.CODE);
        if (partial.isEmpty()) {
            return new Result(Outcome.NOT_PENDING, "/login");
        }
        var secret = accounts.totpSecret(partial.get().getName());
        if (secret.isEmpty() || !totp.verify(secret.get(), code)) {
            return wrongCode(request);
        }
        return complete(partial.get(), request, response);
    }

    private Result wrongCode(HttpServletRequest request) {
        HttpSession session = request.getSession();
        int attempts = session.getAttribute(ATTEMPTS) instanceof Integer n ? n + 1 : 1;
        if (attempts >= MAX_ATTEMPTS) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            return new Result(Outcome.TOO_MANY_ATTEMPTS, "/login?attempts");
        }
        session.setAttribute(ATTEMPTS, attempts);
        return new Result(Outcome.WRONG_CODE, null);
    }

    private Result complete(PartialSignIn partial, HttpServletRequest request, HttpServletResponse response) {
        var state = accounts.signInState(partial.getName());
        if (state.isEmpty()) {
            request.getSession().invalidate();
            SecurityContextHolder.clearContext();
            return new Result(Outcome.NOT_PENDING, "/login");
        }
        var factors = new ArrayList<GrantedAuthority>(partial.getAuthorities());
        factors.add(FactorGrantedAuthority.fromAuthority(TOTP_AUTHORITY));
        HttpSession session = request.getSession();
        session.removeAttribute(ENROLMENT_SECRET);
        session.removeAttribute(ATTEMPTS);
        // The session gains administrator rights: it gets a new id, as at the first step.
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SignedInAuthentication(state.get().user(), factors));
        SecurityContextHolder.setContext(context);
        contexts.getObject().saveContext(context, request, response);
        var saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        return new Result(Outcome.SIGNED_IN, saved == null ? "/konto" : saved.getRedirectUrl());
    }

    private static Optional<PartialSignIn> partial() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof PartialSignIn p
                ? Optional.of(p) : Optional.empty();
    }

    /** @param enrolment true when the person has no secret yet and must choose one */
    public record Pending(String email, boolean enrolment) {
    }

    /** @param secretInGroups the secret in groups of four, for typing; {@code uri} is what the QR code holds */
    public record Enrolment(String secretInGroups, String uri) {
    }

    public enum Outcome {
        SIGNED_IN, WRONG_CODE, TOO_MANY_ATTEMPTS, NOT_PENDING
    }

    /** @param next where to send the person, or null to show the form again */
    public record Result(Outcome outcome, String next) {
    }
}
