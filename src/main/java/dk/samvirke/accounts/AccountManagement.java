package dk.samvirke.accounts;

import dk.samvirke.accounts.AccountLink.Purpose;
import dk.samvirke.accounts.SecurityEvents.Kind;
import dk.samvirke.accounts.AccountRequests.FieldProblem;
import dk.samvirke.accounts.AccountRequests.IssuedToken;
import dk.samvirke.accounts.AccountRequests.NewAccount;
import dk.samvirke.accounts.AccountRequests.RoleRequest;
import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.Products;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.organisations.Organisations;
import dk.samvirke.mail.MailStatus;
import dk.samvirke.mail.Outbox;
import dk.samvirke.shared.CodedEnum;
import dk.samvirke.shared.RecordNotFoundException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts, issues and revokes API tokens, and carries out invitations and password resets. */
@Service
public class AccountManagement {

    static final Duration INVITATION_LIFETIME = Duration.ofHours(72);
    static final Duration RESET_LIFETIME = Duration.ofHours(1);
    static final Duration RESET_WINDOW = Duration.ofHours(1);
    static final int RESETS_PER_ACCOUNT = 3;
    static final int RESETS_PER_SOURCE = 10;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final AccountLinks links;
    private final Organisations organisations;
    private final Products products;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AccountMail mail;
    private final SecurityEvents events;
    private final Outbox outbox;

    AccountManagement(Accounts accounts, ApiTokens tokens, AccountLinks links, Organisations organisations,
            Products products, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, AccountMail mail,
            SecurityEvents events, Outbox outbox) {
        this.events = events;
        this.outbox = outbox;
        this.accounts = accounts;
        this.tokens = tokens;
        this.links = links;
        this.organisations = organisations;
        this.products = products;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.mail = mail;
    }

    /** Creates the account; without a password, an invitation e-mail lets the person choose one. */
    @Transactional
    public Account create(NewAccount request) {
        var problems = new ArrayList<FieldProblem>();
        String email = normaliseEmail(request.email());
        if (email == null || !EMAIL.matcher(email).matches() || email.length() > 320) {
            problems.add(new FieldProblem("email", "must be an e-mail address"));
        }
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 300) {
            problems.add(new FieldProblem("name", "is required (at most 300 characters)"));
        }
        Organisation organisation = null;
        if (request.organisation() != null && !request.organisation().isBlank()) {
            organisation = organisations.findByKey(request.organisation()).orElse(null);
            if (organisation == null) {
                problems.add(new FieldProblem("organisation", "no organisation with key '" + request.organisation() + "'"));
            }
        }
        if (request.password() != null) {
            passwordPolicy.problem(request.password(), email == null ? "" : email, name)
                    .ifPresent(p -> problems.add(new FieldProblem("password", p)));
        }
        var roles = request.roles() == null ? List.<RoleRequest>of() : request.roles();
        var resolved = new ArrayList<ResolvedRole>();
        for (int i = 0; i < roles.size(); i++) {
            resolveRole(roles.get(i), "roles[" + i + "]", problems).ifPresent(resolved::add);
        }
        if (!problems.isEmpty()) {
            throw new AccountRequestException(problems, false);
        }
        if (accounts.findByEmail(email).isPresent()) {
            throw new AccountRequestException(List.of(new FieldProblem("email", "an account with this e-mail exists")), true);
        }
        var account = new Account(email, name, organisation);
        resolved.forEach(r -> account.grant(r.role(), r.organisation(), r.product()));
        if (request.password() != null) {
            account.setPasswordHash(passwordEncoder.encode(request.password()));
        }
        accounts.save(account);
        if (request.password() == null) {
            String token = Secrets.newToken("");
            links.save(new AccountLink(account, Purpose.INVITATION, Secrets.sha256(token), now().plus(INVITATION_LIFETIME)));
            mail.invitation(email, name, token);
        }
        return account;
    }

    record ResolvedRole(Role role, Organisation organisation, Product product) {

        Grant grant() {
            return new Grant(role, organisation == null ? null : organisation.getKey(), product == null ? null : product.getKey());
        }
    }

    Optional<ResolvedRole> resolveRole(RoleRequest request, String field, List<FieldProblem> problems) {
        var role = CodedEnum.fromCode(Role.class, request == null ? null : request.role());
        if (role.isEmpty()) {
            problems.add(new FieldProblem(field + ".role", "must be one of " + CodedEnum.codes(Role.class)));
            return Optional.empty();
        }
        Organisation organisation = null;
        Product product = null;
        if (role.get() == Role.ORGANISATION_ADMIN) {
            organisation = request.organisation() == null ? null : organisations.findByKey(request.organisation()).orElse(null);
            if (organisation == null) {
                problems.add(new FieldProblem(field + ".organisation", "an organisation-admin needs an existing organisation key"));
                return Optional.empty();
            }
        }
        if (role.get() == Role.PRODUCT_MANAGER) {
            product = request.product() == null ? null : products.findByKey(request.product()).orElse(null);
            if (product == null) {
                problems.add(new FieldProblem(field + ".product", "a product-manager needs an existing product key"));
                return Optional.empty();
            }
        }
        return Optional.of(new ResolvedRole(role.get(), organisation, product));
    }

    @Transactional
    public IssuedToken issueToken(String email, String name) {
        var account = accounts.findByEmail(normaliseEmail(email))
                .orElseThrow(() -> AccountRequestException.of("email", "no account with this e-mail"));
        String tokenName = name == null || name.isBlank() ? "API token" : name.strip();
        String token = Secrets.newToken("smv_");
        var saved = tokens.save(new ApiToken(account, tokenName, Secrets.sha256(token), token.substring(0, 10), now()));
        return new IssuedToken(saved.getId(), tokenName, token, saved.getTokenPrefix());
    }

    @Transactional
    public void revokeToken(String email, long tokenId) {
        var token = tokens.findById(tokenId)
                .filter(t -> t.getAccount().getEmail().equals(normaliseEmail(email)))
                .orElseThrow(() -> AccountRequestException.of("token", "no such token"));
        token.revoke(now());
    }

    @Transactional(readOnly = true)
    public List<ApiToken> tokensOf(String email) {
        return tokens.findByAccountEmail(normaliseEmail(email));
    }

    /**
     * The account an API token acts as, if the token is valid. Last use is recorded at most once a
     * minute, so a busy script does not turn every read into a write.
     */
    @Transactional
    public Optional<SignedInUser> authenticateToken(String token) {
        return tokens.findByHash(Secrets.sha256(token))
                .filter(ApiToken::isActive)
                .filter(t -> t.getAccount().isEnabled())
                .map(t -> {
                    var now = now();
                    if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minusMinutes(1))) {
                        t.used(now);
                    }
                    return t.getAccount().user();
                });
    }

    /**
     * Always answers the same, whether or not the account exists: the form must not reveal who has one. At
     * most {@link #RESETS_PER_ACCOUNT} mails an hour go to one account and {@link #RESETS_PER_SOURCE} are
     * asked for from one address (beyond that, nothing is sent); a new link ends the ones sent before.
     *
     * @param source the client's address
     */
    @Transactional
    public void requestPasswordReset(String email, String source) {
        String address = normaliseEmail(email);
        boolean tooMany = events.limitReachedAt(Kind.RESET, null, source, RESET_WINDOW, RESETS_PER_SOURCE).isPresent()
                || events.limitReachedAt(Kind.RESET, address, null, RESET_WINDOW, RESETS_PER_ACCOUNT).isPresent();
        events.record(Kind.RESET, address, source);
        if (tooMany) {
            return;
        }
        accounts.findByEmail(address).filter(Account::isEnabled).ifPresent(account -> {
            links.endUnused(account, Purpose.PASSWORD_RESET, now());
            String token = Secrets.newToken("");
            links.save(new AccountLink(account, Purpose.PASSWORD_RESET, Secrets.sha256(token), now().plus(RESET_LIFETIME)));
            mail.passwordReset(account.getEmail(), account.getName(), token);
        });
    }

    /** Sets the password through an invitation or reset link; the link works once. */
    @Transactional
    public String completeLink(String token, boolean invitation, String newPassword) {
        var purpose = invitation ? Purpose.INVITATION : Purpose.PASSWORD_RESET;
        var link = links.findByHashForUpdate(Secrets.sha256(token == null ? "" : token))
                .filter(l -> l.isUsable(purpose, now()))
                .orElseThrow(() -> AccountRequestException.of("token", "the link is invalid, used or expired"));
        var account = link.getAccount();
        passwordPolicy.problem(newPassword, account.getEmail(), account.getName())
                .ifPresent(p -> {
                    throw AccountRequestException.of("password", p);
                });
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        link.use(now());
        return account.getEmail();
    }

    @Transactional(readOnly = true)
    public boolean isLinkUsable(String token, boolean invitation) {
        var purpose = invitation ? Purpose.INVITATION : Purpose.PASSWORD_RESET;
        return token != null && links.findByHash(Secrets.sha256(token)).filter(l -> l.isUsable(purpose, now())).isPresent();
    }

    /** Who signs in, and whether they already have a TOTP secret; empty for an unknown or disabled account. */
    @Transactional(readOnly = true)
    Optional<SignInState> signInState(String email) {
        return accounts.findByEmail(normaliseEmail(email)).filter(Account::isEnabled)
                .map(a -> new SignInState(a.user(), a.getTotpSecret() != null));
    }

    record SignInState(SignedInUser user, boolean hasSecondFactor) {
    }

    @Transactional(readOnly = true)
    Optional<String> totpSecret(String email) {
        return accounts.findByEmail(normaliseEmail(email)).map(Account::getTotpSecret);
    }

    @Transactional
    void enrolSecondFactor(String email, String secret) {
        accounts.findByEmail(normaliseEmail(email)).orElseThrow().setTotpSecret(secret);
    }

    /** Where each account's invitation mail stands (queued or sent), for those that had one. */
    public Map<String, MailStatus> invitationMails(Collection<String> emails) {
        Map<String, String> byReference = new HashMap<>();
        emails.forEach(e -> byReference.put(AccountMail.invitationReference(e), e));
        Map<String, MailStatus> byEmail = new HashMap<>();
        outbox.statuses(byReference.keySet()).forEach((reference, status) -> byEmail.put(byReference.get(reference), status));
        return byEmail;
    }

    /** Takes the account's TOTP secret away (an administrator's reset); the next sign-in sets up a new one. */
    @Transactional
    Account clearSecondFactor(String email) {
        var account = accounts.findByEmail(normaliseEmail(email))
                .orElseThrow(() -> new RecordNotFoundException("No account '" + email + "'"));
        account.setTotpSecret(null);
        return account;
    }

    @Transactional
    public void recordSignIn(String email) {
        accounts.findByEmail(normaliseEmail(email)).ifPresent(a -> a.signedIn(now()));
    }

    static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
