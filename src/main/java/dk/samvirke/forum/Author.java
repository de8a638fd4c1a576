package dk.samvirke.forum;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.shared.AuditedValue;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/**
 * Who wrote a topic or post, as they were when writing. Kept by value: the bootstrap administrator
 * token has no account, and a deleted account must not take its posts' authorship with it.
 */
@Embeddable
public record Author(
        @Column(name = "author_id") Long accountId,
        @Column(name = "author_name") String name,
        @Column(name = "author_email") String email) implements AuditedValue {

    /** A deleted account's authorship: no name, no address; pages say "a deleted user". */
    public static final Author DELETED = new Author(null, null, null);

    static Author of(SignedInUser user) {
        String email = user.email() != null && user.email().contains("@") ? user.email().toLowerCase(Locale.ROOT) : null;
        return new Author(user.accountId(), user.name(), email);
    }

    /** As the history shows it (to administrators only): the name and, where there is one, the address. */
    @Override
    public String auditValue() {
        return email == null ? name : name + " <" + email + ">";
    }

    boolean is(SignedInUser user) {
        if (user == null) {
            return false;
        }
        if (accountId != null) {
            return accountId.equals(user.accountId());
        }
        return email != null && email.equalsIgnoreCase(user.email());
    }
}
