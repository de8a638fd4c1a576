package dk.samvirke.web.organisations;

import dk.samvirke.usage.Usage;
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

    static UsageForm of(Usage usage) {
        return new UsageForm(usage.getProduct().getKey(), usage.getStatus().code(), usage.getProductVersion(),
                usage.getSince() == null ? null : usage.getSince().toString(),
                usage.getUntil() == null ? null : usage.getUntil().toString(), usage.getContactEmail(),
                usage.getVersion());
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
