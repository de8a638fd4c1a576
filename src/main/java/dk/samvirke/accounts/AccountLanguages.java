package dk.samvirke.accounts;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language each account's person last chose on the site (Danish or English), remembered when they choose it
 * signed in, so that mail to them can be written in it alone. An address without an account, or an account that
 * never chose, has none: such mail stays Danish with English below. Not history: choosing a language is no change
 * anyone audits.
 */
@Service
public class AccountLanguages {

    /** The languages the site is written in. */
    public static final List<String> SUPPORTED = List.of("da", "en");

    private final JdbcClient jdbc;

    AccountLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Remembers the language for the account with this address; only a supported language, only when it changed. */
    @Transactional
    public void remember(String email, Locale locale) {
        if (email == null || locale == null || !SUPPORTED.contains(locale.getLanguage())) {
            return;
        }
        String normalised = AccountManagement.normaliseEmail(email);
        // Asked first: every update of the account table is a registry write (shared/RegistryVersion), which would
        // end every node's kept pages each time a signed-in person follows a link with ?lang= they already chose.
        if (jdbc.sql("select count(*) from account where email = :email and (language is null or language <> :language)")
                .param("email", normalised).param("language", locale.getLanguage()).query(Long.class).single() == 0) {
            return;
        }
        jdbc.sql("update account set language = :language where email = :email")
                .param("language", locale.getLanguage()).param("email", normalised).update();
    }

    @Transactional(readOnly = true)
    public Optional<Locale> of(String email) {
        return Optional.ofNullable(of(List.of(email)).get(AccountManagement.normaliseEmail(email)));
    }

    /** The chosen language of each address (in lower case) whose account has one. */
    @Transactional(readOnly = true)
    public Map<String, Locale> of(Collection<String> emails) {
        Map<String, Locale> languages = new HashMap<>();
        if (emails.isEmpty()) {
            return languages;
        }
        jdbc.sql("select email, language from account where language is not null and email in (:emails)")
                .param("emails", emails.stream().map(AccountManagement::normaliseEmail).toList())
                .query(rs -> {
                    languages.put(rs.getString(1), Locale.forLanguageTag(rs.getString(2)));
                });
        return languages;
    }
}
