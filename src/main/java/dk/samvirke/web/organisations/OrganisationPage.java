package dk.samvirke.web.organisations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Everything the organisation page shows. */
public record OrganisationPage(String key, String name, String type, String country, String municipalityCode,
        String cvr, String regionKey, String regionName, Integer population, String website,
        LocalDate memberSince, LocalDate memberUntil, boolean member, List<ProductUse> products,
        List<Participant> people, long id) {

    public record ProductUse(String productKey, String productName, String status, String version,
            LocalDate since, LocalDate until, boolean active, long usageId) {
    }

    /** A person of the organisation taking part today; no product means the association itself. */
    public record Participant(String name, String title, String productKey, String productName, String role,
            BigDecimal allocation) {
    }
}
