package dk.samvirke.forum;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The addresses one event goes to: each once (compared case-insensitively), with its strongest reason,
 * and never the author's own.
 */
final class Recipients {

    record Recipient(String email, NotificationReason reason, String detail) {
    }

    private final String excluded;
    private final Map<String, Recipient> byAddress = new LinkedHashMap<>();

    Recipients(String authorEmail) {
        this.excluded = authorEmail == null ? null : authorEmail.strip().toLowerCase(Locale.ROOT);
    }

    void add(String email, NotificationReason reason, String detail) {
        if (email == null || email.isBlank() || !email.contains("@")) {
            return;
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (address.equals(excluded)) {
            return;
        }
        byAddress.merge(address, new Recipient(address, reason, detail),
                (known, added) -> added.reason().ordinal() < known.reason().ordinal() ? added : known);
    }

    Collection<Recipient> all() {
        return byAddress.values();
    }
}
