package dk.samvirke.catalogue;

import dk.samvirke.catalogue.publiccode.PubliccodeDocument;
import dk.samvirke.catalogue.publiccode.PubliccodeDocument.Description;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Fills a product from a valid publiccode.yml, field by field, and records each field's source.
 * A harvest skips the fields a person edited; an upload, being a person's deliberate act, does not.
 * A value the file leaves out clears the field only when the field came from a publiccode.yml
 * before: a registry value that never came from the file is not wiped by its absence.
 */
final class PubliccodeImport {

    /** Lengths of the columns: a longer value is not imported (and said so) rather than cut. */
    private static final int NAME = 300;
    private static final int URL = 500;
    private static final int SHORT_TEXT = 1000;

    private final Product product;
    private final FieldSource source;
    private final boolean respectManual;
    private final List<String> updated = new ArrayList<>();
    private final List<String> keptManual = new ArrayList<>();
    private final List<String> tooLong = new ArrayList<>();

    private PubliccodeImport(Product product, FieldSource source, boolean respectManual) {
        this.product = product;
        this.source = source;
        this.respectManual = respectManual;
    }

    record Outcome(List<String> updated, List<String> keptManual, List<String> tooLong) {
    }

    static Outcome apply(Product product, PubliccodeDocument doc, FieldSource source, boolean respectManual) {
        var run = new PubliccodeImport(product, source, respectManual);
        run.applyAll(doc);
        return new Outcome(List.copyOf(run.updated), List.copyOf(run.keptManual), List.copyOf(run.tooLong));
    }

    private void applyAll(PubliccodeDocument doc) {
        var file = FileValues.of(doc);
        text(ProductField.NAME, file.name(), NAME, product::getName, product::setName);
        text(ProductField.SUMMARY, file.summary(), 4000, product::getSummary, product::setSummary);
        text(ProductField.REPOSITORY, file.repository(), URL, product::getRepository, product::setRepository);
        text(ProductField.WEBSITE, file.website(), URL, product::getWebsite, product::setWebsite);
        text(ProductField.LICENCE, file.licence(), NAME, product::getLicence, product::setLicence);
        text(ProductField.DEVELOPMENT_STATUS, file.developmentStatus(), 30, product::getDevelopmentStatus,
                product::setDevelopmentStatus);
        text(ProductField.SOFTWARE_TYPE, file.softwareType(), 40, product::getSoftwareType, product::setSoftwareType);
        field(ProductField.CATEGORIES, file.categories(), () -> emptyToNull(product.getCategories()),
                product::setCategories);
        field(ProductField.PLATFORMS, file.platforms(), () -> emptyToNull(product.getPlatforms()), product::setPlatforms);
        text(ProductField.LOGO, file.logo(), 1000, product::getLogo, product::setLogo);
        field(ProductField.RELEASE, file.release(), () -> Release.of(product),
                r -> product.setRelease(r == null ? null : r.version(), r == null ? null : r.date()));
        field(ProductField.MAINTENANCE, file.maintenance(), () -> Maintenance.of(product),
                m -> product.setMaintenance(m == null ? null : m.type(), m == null ? List.of() : m.entities(product)));
        descriptions(file.descriptions());
    }

    /**
     * What the catalogue makes of each field of a file, before it meets the product: the import sets
     * these, and the export writes a file's own value back where the product still has exactly this.
     */
    record FileValues(String name, String summary, String repository, String website, String licence,
            String developmentStatus, String softwareType, List<String> categories, List<String> platforms, String logo,
            Release release, Maintenance maintenance, Map<String, DescriptionValue> descriptions) {

        static final FileValues NONE = new FileValues(null, null, null, null, null, null, null, null, null, null, null,
                null, Map.of());

        static FileValues of(PubliccodeDocument doc) {
            Map<String, DescriptionValue> descriptions = new LinkedHashMap<>();
            doc.description().forEach((language, d) -> descriptions.put(language, DescriptionValue.of(d)));
            return new FileValues(clean(doc.name()), clean(summaryOf(doc)), clean(doc.url()), clean(doc.landingURL()),
                    clean(doc.legal() == null ? null : doc.legal().license()), clean(doc.developmentStatus()),
                    clean(doc.softwareType()), emptyToNull(Lines.asStored(doc.categories())),
                    emptyToNull(Lines.asStored(doc.platforms())),
                    clean(doc.logo()), Release.of(doc.softwareVersion(), doc.releaseDate()),
                    Maintenance.of(doc.maintenance()), descriptions);
        }

        private static String clean(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private void descriptions(Map<String, DescriptionValue> fromFile) {
        fromFile.forEach((language, d) -> field(ProductField.description(language), d,
                () -> product.descriptionIn(language).map(DescriptionValue::of).orElse(null),
                v -> {
                    if (v == null) {
                        product.removeDescription(language);
                    } else {
                        product.description(language).update(v.localisedName(), v.shortDescription(),
                                v.longDescription(), v.features());
                    }
                }));
        // languages the file no longer has: gone, unless a person wrote them
        for (var existing : List.copyOf(product.getDescriptions())) {
            String language = existing.getLanguage();
            if (!fromFile.containsKey(language)) {
                field(ProductField.description(language), null,
                        () -> DescriptionValue.of(existing), v -> product.removeDescription(language));
            }
        }
    }

    private void text(String field, String v, int maxLength, Supplier<String> current, Consumer<String> setter) {
        if (v != null && v.length() > maxLength) {
            tooLong.add(field);
            return;
        }
        field(field, v, current, setter);
    }

    private <T> void field(String field, T value, Supplier<T> current, Consumer<T> setter) {
        var previous = product.sourceOf(field);
        if (respectManual && previous.map(FieldSource::isManual).orElse(false)) {
            keptManual.add(field);
            return;
        }
        if (value == null && !previous.map(FieldSource::isPubliccode).orElse(false)) {
            return;
        }
        boolean changed = !Objects.equals(value, current.get());
        if (changed) {
            setter.accept(value);
            updated.add(field);
        }
        // a new source only when something is new: an unchanged harvest writes nothing
        if (changed || previous.isEmpty() || !previous.get().isPubliccode()
                || !Objects.equals(previous.get().url(), source.url())) {
            product.recordSource(field, source);
        }
    }

    private static String summaryOf(PubliccodeDocument doc) {
        for (String language : List.of("da", "en")) {
            Description d = doc.description().get(language);
            if (d != null && d.shortDescription() != null) {
                return d.shortDescription();
            }
        }
        return doc.description().values().stream().map(Description::shortDescription).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    static List<String> emptyToNull(List<String> values) {
        return values == null || values.isEmpty() ? null : values;
    }

    record Release(String version, LocalDate date) {

        static Release of(String version, LocalDate date) {
            return version == null && date == null ? null : new Release(version, date);
        }

        static Release of(Product p) {
            return of(p.getReleaseVersion(), p.getReleaseDate());
        }
    }

    record DescriptionValue(String localisedName, String shortDescription, String longDescription, List<String> features) {

        static DescriptionValue of(Description d) {
            return new DescriptionValue(clip(d.localisedName(), NAME), clip(d.shortDescription(), SHORT_TEXT),
                    d.longDescription() == null ? null : d.longDescription().strip(), Lines.asStored(d.features()));
        }

        static DescriptionValue of(ProductDescription d) {
            return new DescriptionValue(d.getLocalisedName(), d.getShortDescription(), d.getLongDescription(),
                    d.getFeatures());
        }
    }

    /** Maintenance type with its contacts and contractors, compared as one value. */
    record Maintenance(String type, List<Person> people) {

        record Person(String kind, String name, String email, String affiliation, String phone, String website,
                LocalDate until) {
        }

        static Maintenance of(PubliccodeDocument.Maintenance m) {
            if (m == null) {
                return null;
            }
            List<Person> people = new ArrayList<>();
            m.contacts().forEach(c -> people.add(new Person(ProductContact.CONTACT, clip(c.name(), NAME),
                    clip(c.email(), 320), clip(c.affiliation(), NAME), clip(c.phone(), 100), null, null)));
            m.contractors().forEach(c -> people.add(new Person(ProductContact.CONTRACTOR, clip(c.name(), NAME),
                    clip(c.email(), 320), null, null, clip(c.website(), SHORT_TEXT), c.until())));
            return new Maintenance(m.type(), people);
        }

        static Maintenance of(Product p) {
            if (p.getMaintenanceType() == null && p.getContacts().isEmpty()) {
                return null;
            }
            List<Person> people = new ArrayList<>();
            p.getContacts().stream().filter(c -> c.getKind().equals(ProductContact.CONTACT)).forEach(c -> people.add(person(c)));
            p.getContacts().stream().filter(c -> c.getKind().equals(ProductContact.CONTRACTOR))
                    .forEach(c -> people.add(person(c)));
            return new Maintenance(p.getMaintenanceType(), people);
        }

        private static Person person(ProductContact c) {
            return new Person(c.getKind(), c.getName(), c.getEmail(), c.getAffiliation(), c.getPhone(), c.getWebsite(),
                    c.getUntil());
        }

        List<ProductContact> entities(Product product) {
            List<ProductContact> result = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                Person p = people.get(i);
                result.add(new ProductContact(product, p.kind(), i, p.name() == null ? "" : p.name(), p.email(),
                        p.affiliation(), p.phone(), p.website(), p.until()));
            }
            return result;
        }
    }

    /** Free-text fields shown on the page; cutting a very long one loses nothing a reader needs. */
    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
