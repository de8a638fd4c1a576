package dk.samvirke.api.v1;

import dk.samvirke.catalogue.FieldSource;
import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.ProductContact;
import dk.samvirke.catalogue.PubliccodeConflictView;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A product's page as its managers edit it, with what publiccode.yml added and where each value came
 * from. Contacts carry no e-mail addresses or phone numbers: this answer is public.
 *
 * @param sources field → {@code manual} or {@code publiccode} with the repository and time
 * @param publiccodeConflicts harvested files that name another product, for the product's managers and admins only
 *                            (empty for everyone else); decide with {@code POST …/publiccode-conflicts/{id}}
 * @param revision the version to send back in If-Match (also the ETag)
 */
record ProductRepresentation(String key, String name, String summary, String website, String repository, String licence,
        LocalDate adoptedOn, LocalDate retiredOn, String developmentStatus, String softwareType, List<String> categories,
        List<String> platforms, String logo, Release release, Maintenance maintenance,
        Map<String, Description> descriptions, Map<String, Source> sources, List<Conflict> publiccodeConflicts,
        long revision) {

    record Release(String version, LocalDate date) {
    }

    record Maintenance(String type, List<Contact> contacts) {
    }

    /** @param kind {@code contact} or {@code contractor} */
    record Contact(String kind, String name, String affiliation, String website, LocalDate until) {
    }

    record Description(String localisedName, String shortDescription, String longDescription, List<String> features) {
    }

    record Source(String source, String url, LocalDateTime at) {
    }

    /** What the file says beside what the product says. */
    record Conflict(long id, String repository, FileSays file, FileSays product, LocalDateTime foundAt) {
    }

    record FileSays(String name, String url) {
    }

    static ProductRepresentation of(Product p, List<PubliccodeConflictView> conflicts) {
        Map<String, Description> descriptions = new LinkedHashMap<>();
        p.getDescriptions().forEach(d -> descriptions.put(d.getLanguage(), new Description(d.getLocalisedName(),
                d.getShortDescription(), d.getLongDescription(), d.getFeatures())));
        Map<String, Source> sources = new TreeMap<>();
        p.getSources().forEach((field, s) -> sources.put(field, source(s)));
        var release = p.getReleaseVersion() == null && p.getReleaseDate() == null ? null
                : new Release(p.getReleaseVersion(), p.getReleaseDate());
        var maintenance = p.getMaintenanceType() == null && p.getContacts().isEmpty() ? null
                : new Maintenance(p.getMaintenanceType(), p.getContacts().stream().map(ProductRepresentation::contact).toList());
        return new ProductRepresentation(p.getKey(), p.getName(), p.getSummary(), p.getWebsite(), p.getRepository(),
                p.getLicence(), p.getAdoptedOn(), p.getRetiredOn(), p.getDevelopmentStatus(), p.getSoftwareType(),
                p.getCategories(), p.getPlatforms(), p.getLogo(), release, maintenance, descriptions, sources,
                conflicts.stream().map(c -> new Conflict(c.id(), c.repository(), new FileSays(c.fileName(), c.fileUrl()),
                        new FileSays(c.productName(), c.productRepository()), c.foundAt())).toList(),
                p.getVersion());
    }

    private static Contact contact(ProductContact c) {
        return new Contact(c.getKind(), c.getName(), c.getAffiliation(), c.getWebsite(), c.getUntil());
    }

    private static Source source(FieldSource s) {
        return new Source(s.source(), s.url(), s.recordedAt());
    }
}
