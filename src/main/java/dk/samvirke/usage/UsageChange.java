package dk.samvirke.usage;

/** A request to record an organisation's use of a product, as sent by a form or the API. */
public record UsageChange(String status, String version, String since, String until, String contactEmail) {
}
