package dk.samvirke.api.v1;

import dk.samvirke.accounts.Account;
import dk.samvirke.accounts.Accounts;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history stores who acted as an e-mail address (or {@code system}, {@code bootstrap-admin}).
 * Answers for anyone but administrators show the account's name instead, so no address leaks.
 */
@Component
class ActorNames {

    private final Accounts accounts;

    ActorNames(Accounts accounts) {
        this.accounts = accounts;
    }

    /** A lookup for one answer: each actor is read once, however many entries name them. */
    @Transactional(readOnly = true)
    Map<String, String> of(Iterable<String> actors) {
        Map<String, String> names = new HashMap<>();
        for (String actor : actors) {
            names.computeIfAbsent(actor, this::name);
        }
        return names;
    }

    private String name(String actor) {
        if ("bootstrap-admin".equals(actor)) {
            return "Administrator";
        }
        return accounts.findByEmail(actor).map(Account::getName).orElse("system");
    }
}
