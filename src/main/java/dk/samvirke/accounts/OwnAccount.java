package dk.samvirke.accounts;

import dk.samvirke.accounts.OwnAccountViews.Overview;
import dk.samvirke.accounts.OwnAccountViews.RoleView;
import dk.samvirke.accounts.OwnAccountViews.TokenView;
import dk.samvirke.accounts.PersonalData.AccountData;
import dk.samvirke.accounts.PersonalData.RoleData;
import dk.samvirke.accounts.PersonalData.TokenData;
import dk.samvirke.history.History;
import dk.samvirke.history.HistoryFilter;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** What a signed-in person does with their own account: look at it, change the password, take their data, leave. */
@Service
public class OwnAccount {

    private static final int HISTORY_LIMIT = 100_000;

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final AccountLinks links;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AccountSessions sessions;
    private final RegistryPersonRecords registryPeople;
    private final History history;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final List<PersonalRecords> personalRecords;
    private final AccountLanguages languages;

    OwnAccount(Accounts accounts, ApiTokens tokens, AccountLinks links, PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy, AccountSessions sessions, RegistryPersonRecords registryPeople,
            History history, TransactionTemplate transaction, ApplicationEventPublisher events,
            List<PersonalRecords> personalRecords, AccountLanguages languages) {
        this.languages = languages;
        this.accounts = accounts;
        this.tokens = tokens;
        this.links = links;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.sessions = sessions;
        this.registryPeople = registryPeople;
        this.history = history;
        this.transaction = transaction;
        this.events = events;
        this.personalRecords = personalRecords;
    }

    @Transactional(readOnly = true)
    public Optional<Overview> overview(String email) {
        return find(email).map(a -> new Overview(a.getEmail(), a.getName(),
                a.getOrganisation() == null ? null : a.getOrganisation().getKey(),
                a.getOrganisation() == null ? null : a.getOrganisation().getName(),
                a.roleAssignments().stream().map(OwnAccount::roleView)
                        .sorted(Comparator.comparing(RoleView::role)).toList(),
                tokens.findByAccountEmail(a.getEmail()).stream().map(t -> new TokenView(t.getId(), t.getName(),
                        t.getTokenPrefix(), t.getCreatedAt(), t.getLastUsedAt(), t.getRevokedAt())).toList(),
                a.getPasswordHash() != null, a.getTotpSecret() != null, a.getLastSignInAt(), language(a)));
    }

    private String language(Account a) {
        return languages.of(a.getEmail()).map(java.util.Locale::getLanguage).orElse(null);
    }

    private static RoleView roleView(RoleAssignment r) {
        return new RoleView(r.getRole().code(),
                r.getOrganisation() == null ? null : r.getOrganisation().getKey(),
                r.getOrganisation() == null ? null : r.getOrganisation().getName(),
                r.getProduct() == null ? null : r.getProduct().getKey(),
                r.getProduct() == null ? null : r.getProduct().getName());
    }

    /**
     * Changes the password when the current one is right, and ends the account's other sessions: whoever
     * may have had the old password is signed out everywhere but here.
     *
     * @param keepSession the id of the session making the change
     */
    @Transactional
    public void changePassword(String email, String currentPassword, String newPassword, String keepSession) {
        var account = find(email).orElseThrow(() -> AccountRequestException.of("email", "no account with this e-mail"));
        if (account.getPasswordHash() == null || currentPassword == null
                || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw AccountRequestException.of("currentPassword", "the current password is not right");
        }
        passwordPolicy.problem(newPassword, account.getEmail(), account.getName()).ifPresent(p -> {
            throw AccountRequestException.of("password", p);
        });
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        sessions.endAllBut(account.getEmail(), keepSession);
    }

    /** Ends every session of the account but the one given (null: all); after a password reset, for instance. */
    public void endSessions(String email, String keepSession) {
        sessions.endAllBut(AccountManagement.normaliseEmail(email), keepSession);
    }

    @Transactional(readOnly = true)
    public Optional<PersonalData> personalData(String email) {
        return find(email).map(a -> {
            var account = new AccountData(a.getEmail(), a.getName(),
                    a.getOrganisation() == null ? null : a.getOrganisation().getKey(), a.isEnabled(), a.getCreatedAt(),
                    a.getLastSignInAt(), a.getPasswordHash() != null, a.getTotpSecret() != null,
                    a.roleAssignments().stream().map(r -> new RoleData(r.getRole().code(),
                            r.getOrganisation() == null ? null : r.getOrganisation().getKey(),
                            r.getProduct() == null ? null : r.getProduct().getKey())).toList(), language(a));
            var apiTokens = tokens.findByAccountEmail(a.getEmail()).stream().map(t -> new TokenData(t.getName(),
                    t.getTokenPrefix(), t.getCreatedAt(), t.getLastUsedAt(), t.getRevokedAt())).toList();
            var personData = registryPeople.person(a.getEmail()).orElse(null);
            var taking = registryPeople.participations(a.getEmail());
            var changes = history.search(new HistoryFilter(null, null, a.getEmail(), null, null), 0, HISTORY_LIMIT);
            var more = new java.util.LinkedHashMap<String, List<?>>();
            personalRecords.forEach(records -> more.put(records.section(), records.of(a.getEmail())));
            return new PersonalData(LocalDateTime.now(ZoneOffset.UTC), account, apiTokens, personData, taking, changes,
                    more);
        });
    }

    /**
     * Deletes the account with its roles, tokens and e-mail links, and ends its other sessions. The history
     * keeps every change the person made, with the actor replaced and the address erased; forum posts stay,
     * by "a deleted user" ({@link AccountDeleted}); the registry's person record is the registry's, not the
     * account's, and stays.
     *
     * @param keepSession the session making the request, which the caller signs out itself
     */
    public void delete(String email, String keepSession) {
        String normalised = AccountManagement.normaliseEmail(email);
        transaction.executeWithoutResult(status -> find(normalised).ifPresent(account -> {
            tokens.deleteAll(tokens.findByAccountEmail(normalised));
            links.deleteByAccount(account);
            accounts.delete(account);
            events.publishEvent(new AccountDeleted(account.getId(), normalised));
        }));
        // Separately, after the deletion's own history entry is written (at its commit, under the person's name).
        history.anonymise(normalised);
        sessions.endAllBut(normalised, keepSession);
    }

    private Optional<Account> find(String email) {
        return accounts.findByEmail(AccountManagement.normaliseEmail(email));
    }
}
