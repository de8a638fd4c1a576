package dk.samvirke.web.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Everything the product page shows, fetched before the template renders (no open session then). */
public record ProductPage(String key, String name, String summary, String ownerKey, String ownerName,
        String licence, String repository, String website, LocalDate adoptedOn, LocalDate retiredOn,
        boolean managed, List<User> users, List<Participant> participants, Publiccode publiccode,
        Map<String, Source> sources, long version) {

    /** An organisation's recorded use of the product; {@code status} is the code (production, pilot, …). */
    public record User(String organisationKey, String organisationName, String status, String version,
            LocalDate since, LocalDate until, boolean active) {
    }

    /** A person taking part today; {@code role} is the code (product-manager, developer, …). */
    public record Participant(String name, String organisationKey, String organisationName, String role,
            BigDecimal allocation, LocalDate since) {
    }

    /** What a publiccode.yml added; every part may be empty. {@code logo} is a link only: the CSP loads no remote images. */
    public record Publiccode(String developmentStatus, String softwareType, List<String> categories,
            List<String> platforms, String logo, String releaseVersion, LocalDate releaseDate, String maintenanceType,
            List<Contact> contacts, List<Description> descriptions) {

        public boolean isEmpty() {
            return developmentStatus == null && softwareType == null && categories.isEmpty() && platforms.isEmpty()
                    && logo == null && releaseVersion == null && releaseDate == null && maintenanceType == null
                    && contacts.isEmpty();
        }
    }

    /** A maintenance contact or contractor, without e-mail or phone: the page is public. */
    public record Contact(String kind, String name, String affiliation, String website) {
    }

    public record Description(String language, String localisedName, String shortDescription, String longDescription,
            List<String> features) {
    }

    /**
     * Where a field's value came from; {@code url} is set for a harvested publiccode.yml, {@code href}
     * when that address is a web address (a link).
     */
    public record Source(boolean manual, String url, String href, LocalDateTime at) {
    }

    public long activeUsers() {
        return users.stream().filter(User::active).count();
    }

    public Source source(String field) {
        return sources.get(field);
    }
}
