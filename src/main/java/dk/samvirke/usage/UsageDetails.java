package dk.samvirke.usage;

import java.time.LocalDate;

/** What an organisation records about its use of a product. */
public record UsageDetails(UsageStatus status, LocalDate since, LocalDate until, String version, String contactEmail) {
}
