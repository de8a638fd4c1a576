package dk.samvirke.accounts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sessions on every application node: they live in the database, indexed by the
 * signed-in e-mail. Without a web server (the import command) there are no sessions to end.
 */
@Component
class AccountSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    /** @param keep the session to leave alone (the one making the change), or null for none */
    int endAllBut(String email, String keep) {
        var repository = sessions.getIfAvailable();
        if (repository == null || email == null) {
            return 0;
        }
        var ids = repository.findByPrincipalName(email).keySet().stream().filter(id -> !id.equals(keep)).toList();
        ids.forEach(repository::deleteById);
        return ids.size();
    }
}
