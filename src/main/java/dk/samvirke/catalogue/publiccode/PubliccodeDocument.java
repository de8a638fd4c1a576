package dk.samvirke.catalogue.publiccode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A typed, read-only view of a valid publiccode.yml (standard 0.7, the newest the reference parser
 * reads): the fields the catalogue uses. Optional values are null, lists are never null. Deprecated
 * keys, dependencies and country sections are not typed here; the file's every key is in
 * {@link ValidationResult#valuesOrNull()}.
 *
 * @param organisation the organisation the software belongs to ({@code organisation.uri} is its identifier)
 * @param fundedBy     who funded the software (each with an optional URI)
 * @param intendedAudience scope, countries and unsupported countries; never null
 * @param description per language tag, in file order
 */
public record PubliccodeDocument(
        String publiccodeYmlVersion,
        String name,
        String applicationSuite,
        String url,
        String landingURL,
        List<String> isBasedOn,
        String softwareVersion,
        LocalDate releaseDate,
        String logo,
        Organisation organisation,
        List<String> platforms,
        List<String> categories,
        List<String> usedBy,
        List<Organisation> fundedBy,
        String roadmap,
        String developmentStatus,
        String softwareType,
        IntendedAudience intendedAudience,
        Map<String, Description> description,
        Legal legal,
        Maintenance maintenance,
        Localisation localisation) {

    public PubliccodeDocument {
        isBasedOn = List.copyOf(isBasedOn);
        platforms = List.copyOf(platforms);
        categories = List.copyOf(categories);
        usedBy = List.copyOf(usedBy);
        fundedBy = List.copyOf(fundedBy);
        description = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(description));
    }

    /** The typed view of a file's values, as the validator gives them for a valid file. */
    public static PubliccodeDocument of(Map<String, Object> values) {
        return DocumentMapper.toDocument(values);
    }

    /** @param name may be null: the standard makes only the URI mandatory */
    public record Organisation(String name, String uri) {
    }

    /** @param countries ISO 3166-1 alpha-2 codes, as the file writes them */
    public record IntendedAudience(List<String> scope, List<String> countries, List<String> unsupportedCountries) {

        public IntendedAudience {
            scope = List.copyOf(scope);
            countries = List.copyOf(countries);
            unsupportedCountries = List.copyOf(unsupportedCountries);
        }
    }

    public record Description(
            String localisedName,
            String shortDescription,
            String longDescription,
            List<String> features,
            List<String> screenshots,
            String documentation,
            String apiDocumentation,
            List<String> videos,
            List<String> awards) {

        public Description {
            features = List.copyOf(features);
            screenshots = List.copyOf(screenshots);
            videos = List.copyOf(videos);
            awards = List.copyOf(awards);
        }
    }

    public record Legal(String license, String mainCopyrightOwner, String repoOwner) {
    }

    /** @param type internal, contract, community or none */
    public record Maintenance(String type, List<Contractor> contractors, List<Contact> contacts) {

        public Maintenance {
            contractors = List.copyOf(contractors);
            contacts = List.copyOf(contacts);
        }
    }

    public record Contractor(String name, String email, String website, LocalDate until) {
    }

    public record Contact(String name, String email, String affiliation, String phone) {
    }

    public record Localisation(boolean localisationReady, List<String> availableLanguages) {

        public Localisation {
            availableLanguages = List.copyOf(availableLanguages);
        }
    }
}
