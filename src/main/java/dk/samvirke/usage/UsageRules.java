package dk.samvirke.usage;

import dk.samvirke.shared.FieldCheck;
import java.time.LocalDate;

/**
 * The rules of a usage record, in one place: the importer, {@code PUT …/usages/{product}} and the
 * organisation page's form all check through here (interfaces.md §2). Field names are the API's.
 */
public final class UsageRules {

    private UsageRules() {
    }

    public static UsageDetails check(UsageChange change, FieldCheck check) {
        UsageStatus status = check.code("status", change.status(), UsageStatus.class, true);
        LocalDate since = check.date("since", change.since());
        LocalDate until = check.date("until", change.until());
        check.notBefore(since, "since", until, "until");
        String version = check.text("version", change.version(), false, 100);
        String contact = check.email("contactEmail", change.contactEmail(), false);
        return new UsageDetails(status, since, until, version, contact);
    }
}
