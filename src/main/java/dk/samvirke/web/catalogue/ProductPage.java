package dk.samvirke.web.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Everything the product page shows, fetched before the template renders (no open session then). */
public record ProductPage(String key, String name, String summary, String ownerKey, String ownerName,
        String licence, String repository, String website, LocalDate adoptedOn, LocalDate retiredOn,
        boolean managed, List<User> users, List<Participant> participants) {

    /** An organisation's recorded use of the product; {@code status} is the code (production, pilot, …). */
    public record User(String organisationKey, String organisationName, String status, String version,
            LocalDate since, LocalDate until, boolean active) {
    }

    /** A person taking part today; {@code role} is the code (product-manager, developer, …). */
    public record Participant(String name, String organisationKey, String organisationName, String role,
            BigDecimal allocation, LocalDate since) {
    }

    public long activeUsers() {
        return users.stream().filter(User::active).count();
    }
}
