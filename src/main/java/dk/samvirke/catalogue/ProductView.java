package dk.samvirke.catalogue;

import dk.samvirke.organisations.OrganisationRef;
import dk.samvirke.shared.Period;
import java.time.LocalDate;
import java.util.List;

/**
 * A product as the public sees it: what the registry holds and what its publiccode.yml added
 * (descriptions per language, features, development status, software type, platforms, maintenance).
 * Contacts carry no e-mail address or phone number.
 */
public record ProductView(String key, String name, String summary, OrganisationRef owner, String repository,
        String licence, String website, LocalDate adoptedOn, LocalDate retiredOn, String developmentStatus,
        String softwareType, List<String> categories, List<String> platforms, String logo, String releaseVersion,
        LocalDate releaseDate, String maintenanceType, List<Contact> contacts, List<Description> descriptions,
        long version) {

    /** @param kind {@code contact} or {@code contractor} */
    public record Contact(String kind, String name, String affiliation, String website, LocalDate until) {
    }

    public record Description(String language, String localisedName, String shortDescription, String longDescription,
            List<String> features) {
    }

    public boolean isManagedOn(LocalDate date) {
        return Period.includes(adoptedOn, retiredOn, date);
    }

    /** Retired on or before the date: what is said of it is what was, not what is. */
    public boolean isRetiredOn(LocalDate date) {
        return retiredOn != null && !retiredOn.isAfter(date);
    }

    static ProductView of(Product p) {
        var owner = p.getOwner();
        return new ProductView(p.getKey(), p.getName(), p.getSummary(),
                owner == null ? null : new OrganisationRef(owner.getKey(), owner.getName()), p.getRepository(),
                p.getLicence(), p.getWebsite(), p.getAdoptedOn(), p.getRetiredOn(), p.getDevelopmentStatus(),
                p.getSoftwareType(), p.getCategories(), p.getPlatforms(), p.getLogo(), p.getReleaseVersion(),
                p.getReleaseDate(), p.getMaintenanceType(),
                p.getContacts().stream().map(c -> new Contact(c.getKind(), c.getName(), c.getAffiliation(), c.getWebsite(),
                        c.getUntil())).toList(),
                p.getDescriptions().stream().map(d -> new Description(d.getLanguage(), d.getLocalisedName(),
                        d.getShortDescription(), d.getLongDescription(), d.getFeatures())).toList(),
                p.getVersion());
    }
}
