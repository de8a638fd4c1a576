package dk.samvirke.forum;

import dk.samvirke.accounts.AccountDeleted;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A deleted account's topics and posts stay in their threads, by "a deleted user": name and address go,
 * in the deletion's own transaction. What the person was sent or watched goes with them.
 */
@Component
class DeletedAuthors {

    private final JdbcClient jdbc;

    DeletedAuthors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void accountDeleted(AccountDeleted event) {
        String address = event.email().toLowerCase(Locale.ROOT);
        for (String table : new String[] {"forum_topic", "forum_post"}) {
            jdbc.sql("update " + table + " set author_id = null, author_name = null, author_email = null"
                    + " where author_id = :id or lower(author_email) = :address")
                    .param("id", event.accountId()).param("address", address).update();
        }
        jdbc.sql("delete from forum_notification where lower(recipient) = :address").param("address", address).update();
    }
}
