package dk.samvirke.web.organisations;

import dk.samvirke.usage.UsageView;
import dk.samvirke.usage.UsageChange;

/**
 * The usage form as posted. {@code revision} is the record's version when the form was shown
 * (empty for a new usage): the server compares it to spot a change made meanwhile.
 */
public record UsageForm(String product, String status, String version, String since, String until,
        String contactEmail, Long revision) {

    static UsageForm empty() {
        return new UsageForm(null, "production", null, null, null, null, null);
    }

    static UsageForm of(UsageView usage) {
        return new UsageForm(usage.product(), usage.status().code(), usage.productVersion(),
                usage.since() == null ? null : usage.since().toString(),
                usage.until() == null ? null : usage.until().toString(), usage.contactEmail(), usage.revision());
    }

    UsageForm withProduct(String productKey) {
        return new UsageForm(productKey, status, version, since, until, contactEmail, revision);
    }

    /** The user's input, kept, on top of the version they have now seen. */
    UsageForm withRevision(Long newRevision) {
        return new UsageForm(product, status, version, since, until, contactEmail, newRevision);
    }

    UsageChange change() {
        return new UsageChange(status, version, since, until, contactEmail);
    }
}
