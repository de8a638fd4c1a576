package dk.samvirke.accounts;

import dk.samvirke.history.HistoryActors;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The history's actors by name: the account with the address, as it is called now. */
@Component
class AccountNames implements HistoryActors {

    private final Accounts accounts;

    AccountNames(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<String> nameOf(String actor) {
        return accounts.findByEmail(actor).map(Account::getName);
    }
}
