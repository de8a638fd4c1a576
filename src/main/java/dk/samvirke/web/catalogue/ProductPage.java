package dk.samvirke.web.catalogue;

import dk.samvirke.catalogue.ProductSql;

import dk.samvirke.people.Participant;
import dk.samvirke.usage.ProductUse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything the product page shows, fetched before the template renders (no open session then). What
 * is current and what was are apart: a retired product has former users and participants only.
 *
 * @param users        the first {@code usersShown} usages, current ones first
 * @param usersTotal   every usage recorded, current or not
 * @param currentUsers how many usages count today
 */
public record ProductPage(String key, String name, String summary, String ownerKey, String ownerName,
        String licence, String repository, String website, LocalDate adoptedOn, LocalDate retiredOn,
        boolean managed, List<ProductUse> users, long usersTotal, int currentUsers, List<Participant> participants,
        Publiccode publiccode, Map<String, Source> sources, long version) {

    /**
     * The summary in the page's language: on an English page the English short description where the
     * publiccode.yml (or the form) has one, the summary otherwise. Danish pages show the summary.
     */
    public String summaryIn(java.util.Locale locale) {
        String english = publiccode == null ? null : publiccode.descriptions().stream()
                .filter(d -> "en".equals(d.language())).map(Description::shortDescription).findFirst().orElse(null);
        return ProductSql.summaryIn(locale, summary, english);
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

    public int activeUsers() {
        return currentUsers;
    }

    public List<ProductUse> current() {
        return users.stream().filter(ProductUse::current).toList();
    }

    public List<ProductUse> former() {
        return users.stream().filter(u -> !u.current()).toList();
    }

    /** Usages not on the page: the page shows the first ones, the API pages them all. */
    public long usersNotShown() {
        return usersTotal - users.size();
    }

    public List<Participant> currentParticipants() {
        return participants.stream().filter(Participant::current).toList();
    }

    public List<Participant> formerParticipants() {
        return participants.stream().filter(p -> !p.current()).toList();
    }

    /** Retired on or before today (the page is built for today). */
    public boolean retired() {
        return !managed && retiredOn != null;
    }

    public Source source(String field) {
        return sources.get(field);
    }
}
