package dk.samvirke.usage;

import java.time.LocalDate;

/**
 * A usage as a light row, without its entity: its id, what identifies it, and its details. What an import needs of
 * the usages already in the database to tell new, changed and unchanged apart — 200 000 of these fit in a small heap
 * where 200 000 managed entities did not.
 */
public record UsageKeys(long id, String organisationKey, String productKey, UsageDetails details) {

    /** For the query in {@link Usages#findAllKeys()}. */
    public UsageKeys(Long id, String organisationKey, String productKey, UsageStatus status, LocalDate since,
            LocalDate until, String version, String contactEmail) {
        this(id, organisationKey, productKey, new UsageDetails(status, since, until, version, contactEmail));
    }
}
