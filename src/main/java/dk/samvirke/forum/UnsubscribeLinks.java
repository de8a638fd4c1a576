package dk.samvirke.forum;

import dk.samvirke.shared.SamvirkeProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Links that change an address's forum e-mail without signing in: the address, signed with a key only
 * the server knows (HMAC-SHA256), so nobody can unsubscribe someone else. They never expire: an old
 * e-mail's opt-out link must still work. The key lives in the database, shared by every node.
 */
@Component
class UnsubscribeLinks {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private final JdbcClient jdbc;
    private final SamvirkeProperties properties;
    private volatile byte[] key;

    UnsubscribeLinks(JdbcClient jdbc, SamvirkeProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    String linkFor(String email) {
        return properties.baseUrl() + "/forum/afmeld?token=" + tokenFor(email);
    }

    String tokenFor(String email) {
        String address = MailPreferences.normalise(email);
        return ENCODER.encodeToString(address.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(sign(address));
    }

    /** The address a genuine token was made for; empty for anything forged or mangled. */
    Optional<String> verify(String token) {
        if (token == null || token.length() > 1000 || token.indexOf('.') < 0) {
            return Optional.empty();
        }
        try {
            String[] parts = token.split("\\.", 2);
            String address = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            byte[] signature = Base64.getUrlDecoder().decode(parts[1]);
            return MessageDigest.isEqual(signature, sign(address)) ? Optional.of(address) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] sign(String address) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(("forum-unsubscribe:" + address).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = Base64.getDecoder().decode(loadOrCreate());
            key = known;
        }
        return known;
    }

    private String loadOrCreate() {
        var stored = jdbc.sql("select secret from forum_secret where name = 'unsubscribe'").query(String.class).optional();
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
            jdbc.sql("insert into forum_secret (name, secret) values ('unsubscribe', ?)")
                    .param(Base64.getEncoder().encodeToString(fresh)).update();
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            // fall through and use theirs
        }
        return jdbc.sql("select secret from forum_secret where name = 'unsubscribe'").query(String.class).single();
    }
}
