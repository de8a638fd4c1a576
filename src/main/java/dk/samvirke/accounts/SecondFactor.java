package dk.samvirke.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' second step: choosing a TOTP secret the first time, entering a code (or one of the
 * recovery codes shown at enrolment) every time. Only a {@link PartialSignIn} can take it; success turns the
 * session into a full sign-in under a new session id. A code works once. A few wrong codes end the attempt,
 * and wrong codes are counted per account across sign-ins in the database: past {@link #ACCOUNT_LIMIT} in
 * {@link #ACCOUNT_WINDOW} the step is refused for everyone, so six digits cannot be guessed by signing in again.
 */
@Service
public class SecondFactor {

    static final String TOTP_AUTHORITY = "FACTOR_TOTP";
    static final int MAX_ATTEMPTS = 5;
    static final int ACCOUNT_LIMIT = 10;
    static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(15);
    /** Where an administrator who has just enrolled sees their recovery codes, once. */
    public static final String RECOVERY_CODES_PAGE = "/konto/totp/koder";
    private static final String ISSUER = "Samvirke";
    private static final String ENROLMENT_SECRET = "samvirke.totp.enrolment";
    private static final String ATTEMPTS = "samvirke.totp.attempts";
    private static final String NEW_RECOVERY_CODES = "samvirke.totp.recovery-codes";
    private static final String AFTER_RECOVERY_CODES = "samvirke.totp.next";

    private final AccountManagement accounts;
    /** Only in a web application; the import command's context has the accounts module but no sessions. */
    private final ObjectProvider<SecurityContextRepository> contexts;
    private final SecurityEvents events;
    private final UsedSteps usedSteps;
    private final RecoveryCodes recoveryCodes;
    private final AccountSessions sessions;
    private final Totp totp;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    SecondFactor(AccountManagement accounts, ObjectProvider<SecurityContextRepository> contexts, SecurityEvents events,
            UsedSteps usedSteps, RecoveryCodes recoveryCodes, AccountSessions sessions, Clock clock) {
        this.accounts = accounts;
        this.contexts = contexts;
        this.events = events;
        this.usedSteps = usedSteps;
        this.recoveryCodes = recoveryCodes;
        this.sessions = sessions;
        this.totp = new Totp(clock);
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

    /**
     * Sets up the secret with its first code, makes the recovery codes and sends the person to see them
     * ({@link #RECOVERY_CODES_PAGE}) before going on.
     */
    public Result confirmEnrolment(String code, HttpServletRequest request, HttpServletResponse response) {
        var partial = partial().filter(p -> p.step() == PartialSignIn.Step.ENROL);
        var secret = (String) request.getSession().getAttribute(ENROLMENT_SECRET);
        if (partial.isEmpty() || secret == null) {
            return new Result(Outcome.NOT_PENDING, "/login");
        }
        String email = partial.get().getName();
        var locked = lockedFor(email);
        if (locked.isPresent()) {
            return locked.get();
        }
        var step = totp.matchingStep(secret, code);
        if (step.isEmpty()) {
            return wrongCode(email, request);
        }
        accounts.enrolSecondFactor(email, secret);
        usedSteps.take(email, step.getAsLong());
        var codes = recoveryCodes.renew(accountId(email));
        var done = complete(partial.get(), request, response);
        if (done.outcome() == Outcome.SIGNED_IN) {
            request.getSession().setAttribute(NEW_RECOVERY_CODES, codes);
            request.getSession().setAttribute(AFTER_RECOVERY_CODES, done.next());
            return new Result(Outcome.SIGNED_IN, RECOVERY_CODES_PAGE);
        }
        return done;
    }

    public Result verify(String code, HttpServletRequest request, HttpServletResponse response) {
        var partial = partial().filter(p -> p.step() == PartialSignIn.Step.CODE);
        if (partial.isEmpty()) {
            return new Result(Outcome.NOT_PENDING, "/login");
        }
        String email = partial.get().getName();
        var locked = lockedFor(email);
        if (locked.isPresent()) {
            return locked.get();
        }
        boolean right;
        if (RecoveryCodes.looksLike(code)) {
            right = recoveryCodes.use(accountId(email), code);
        } else {
            var secret = accounts.totpSecret(email);
            var step = secret.isEmpty() ? OptionalLong.empty() : totp.matchingStep(secret.get(), code);
            right = step.isPresent() && usedSteps.take(email, step.getAsLong());
        }
        return right ? complete(partial.get(), request, response) : wrongCode(email, request);
    }

    /** The recovery codes just made, shown once: they leave the session as they are read. */
    @SuppressWarnings("unchecked")
    public Optional<RecoveryCodesShown> takeNewRecoveryCodes(HttpSession session) {
        var codes = (List<String>) session.getAttribute(NEW_RECOVERY_CODES);
        String next = (String) session.getAttribute(AFTER_RECOVERY_CODES);
        session.removeAttribute(NEW_RECOVERY_CODES);
        session.removeAttribute(AFTER_RECOVERY_CODES);
        return codes == null ? Optional.empty() : Optional.of(new RecoveryCodesShown(codes, next == null ? "/konto" : next));
    }

    /**
     * An administrator's reset for someone who lost both phone and recovery codes: the secret, the codes and
     * the counted failures go, the account's sessions end, and the next sign-in sets up a new secret.
     */
    @Transactional
    public void reset(String email) {
        String normalised = AccountManagement.normaliseEmail(email);
        var account = accounts.clearSecondFactor(normalised);
        usedSteps.forget(normalised);
        recoveryCodes.removeAll(account.getId());
        events.forget(SecurityEvents.Kind.TOTP, normalised);
        sessions.endAllBut(normalised, null);
    }

    private long accountId(String email) {
        return accounts.signInState(email).map(state -> state.user().accountId()).orElse(-1L);
    }

    private Optional<Result> lockedFor(String email) {
        return events.limitReachedAt(SecurityEvents.Kind.TOTP, email, null, ACCOUNT_WINDOW, ACCOUNT_LIMIT)
                .map(at -> new Result(Outcome.LOCKED, null, events.secondsUntilFree(at, ACCOUNT_WINDOW)));
    }

    private Result wrongCode(String email, HttpServletRequest request) {
        events.record(SecurityEvents.Kind.TOTP, email, request.getRemoteAddr());
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
        events.forget(SecurityEvents.Kind.TOTP, partial.getName());
        // The session gains administrator rights: it gets a new id, as at the first step.
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SignedInAuthentication(state.get().user(), factors));
        SecurityContextHolder.setContext(context);
        contexts.getObject().saveContext(context, request, response);
        var saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        var continueTo = LocalPath.of((String) session.getAttribute(LocalPath.SESSION_ATTRIBUTE));
        session.removeAttribute(LocalPath.SESSION_ATTRIBUTE);
        return new Result(Outcome.SIGNED_IN, continueTo.orElse(saved == null ? "/konto" : saved.getRedirectUrl()));
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
        SIGNED_IN, WRONG_CODE, TOO_MANY_ATTEMPTS, NOT_PENDING,
        /** Too many wrong codes for this account lately, from anywhere: wait {@link Result#retryAfterSeconds()}. */
        LOCKED
    }

    /** @param next where to send the person, or null to show the form again */
    public record Result(Outcome outcome, String next, long retryAfterSeconds) {

        Result(Outcome outcome, String next) {
            this(outcome, next, 0);
        }
    }

    /** @param next where to go once the codes are noted */
    public record RecoveryCodesShown(List<String> codes, String next) {
    }
}
