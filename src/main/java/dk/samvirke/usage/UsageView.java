package dk.samvirke.usage;

import java.time.LocalDate;

/** One usage record as its organisation maintains it, with the revision a change must send back. */
public record UsageView(String organisation, String product, UsageStatus status, String productVersion,
        LocalDate since, LocalDate until, String contactEmail, long revision) {
}
