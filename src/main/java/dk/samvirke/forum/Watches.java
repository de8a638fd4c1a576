package dk.samvirke.forum;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who follows which topic, category or product. */
@Repository
class Watches {

    enum Target {
        TOPIC("topic"), CATEGORY("category"), PRODUCT("product");

        final String code;

        Target(String code) {
            this.code = code;
        }
    }

    /** A watcher with the address notifications go to. */
    record Watcher(long accountId, String email, String name) {
    }

    private final JdbcClient jdbc;

    Watches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void watch(long accountId, Target target, long targetId) {
        if (isWatching(accountId, target, targetId)) {
            return;
        }
        jdbc.sql("insert into forum_watch (account_id, target_type, target_id, created_at) values (?, ?, ?, ?)")
                .params(accountId, target.code, targetId, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)))
                .update();
    }

    void unwatch(long accountId, Target target, long targetId) {
        jdbc.sql("delete from forum_watch where account_id = ? and target_type = ? and target_id = ?")
                .params(accountId, target.code, targetId).update();
    }

    boolean isWatching(long accountId, Target target, long targetId) {
        return jdbc.sql("select count(*) from forum_watch where account_id = ? and target_type = ? and target_id = ?")
                .params(accountId, target.code, targetId).query(Long.class).single() > 0;
    }

    List<Watcher> watchers(Target target, long targetId) {
        return jdbc.sql("select a.id, a.email, a.name from forum_watch w join account a on a.id = w.account_id "
                        + "where w.target_type = ? and w.target_id = ? and a.enabled = true order by a.id")
                .params(target.code, targetId)
                .query((rs, i) -> new Watcher(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }
}
