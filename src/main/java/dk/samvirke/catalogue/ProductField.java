package dk.samvirke.catalogue;

/**
 * The product fields whose source is kept. A description's field is {@code description.<language>}.
 * The names are stored in {@code product_field_source.field}: renaming one forgets its sources.
 */
public final class ProductField {

    public static final String NAME = "name";
    public static final String SUMMARY = "summary";
    public static final String WEBSITE = "website";
    public static final String REPOSITORY = "repository";
    public static final String LICENCE = "licence";
    public static final String DEVELOPMENT_STATUS = "developmentStatus";
    public static final String SOFTWARE_TYPE = "softwareType";
    public static final String CATEGORIES = "categories";
    public static final String PLATFORMS = "platforms";
    public static final String MAINTENANCE = "maintenance";
    public static final String LOGO = "logo";
    public static final String RELEASE = "release";
    public static final String ADOPTED_ON = "adoptedOn";
    public static final String RETIRED_ON = "retiredOn";

    private ProductField() {
    }

    public static String description(String language) {
        return "description." + language;
    }
}
