package dk.samvirke.web.admin;

import dk.samvirke.mail.MailStatus;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One account in the administrators' list; {@code roles} as "organisation-admin: aarhus" and the like;
 * {@code invitation} where its invitation mail stands (null when it had none).
 */
public record AccountRow(String email, String name, String organisation, List<String> roles,
        LocalDateTime lastSignIn, boolean enabled, boolean secondFactor, MailStatus invitation) {
}
