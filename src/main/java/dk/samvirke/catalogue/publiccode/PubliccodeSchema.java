package dk.samvirke.catalogue.publiccode;

import java.util.List;

/**
 * The shape of a v0 publiccode.yml (standard 0.x, read "as v0.7"): which keys exist and what
 * type each holds. Field order matters: it is the order in which the reference reports the
 * first decoding error and its rule violations.
 */
final class PubliccodeSchema {

    sealed interface Type permits Scalar, ListOf, MapOf, Struct, UrlOrUrlList {
    }

    enum Scalar implements Type { STRING, BOOL }

    record ListOf(Type element) implements Type {
    }

    record MapOf(Type value) implements Type {
    }

    /** A URL, or a list of them (isBasedOn). */
    record UrlOrUrlList() implements Type {
    }

    record Field(String name, Type type) {
    }

    record Struct(List<Field> fields) implements Type {
        Field field(String name) {
            for (Field f : fields) {
                if (f.name().equals(name)) {
                    return f;
                }
            }
            return null;
        }
    }

    private static Field f(String name, Type type) {
        return new Field(name, type);
    }

    private static final Scalar S = Scalar.STRING;
    private static final Scalar B = Scalar.BOOL;
    private static final ListOf STRINGS = new ListOf(S);

    private static final Struct ORGANISATION = new Struct(List.of(f("name", S), f("uri", S)));

    private static final Struct DESCRIPTION = new Struct(List.of(
            f("localisedName", S),
            f("genericName", S),
            f("shortDescription", S),
            f("longDescription", S),
            f("documentation", S),
            f("apiDocumentation", S),
            f("features", STRINGS),
            f("screenshots", STRINGS),
            f("videos", STRINGS),
            f("awards", STRINGS)));

    private static final Struct CONTRACTOR = new Struct(List.of(
            f("name", S), f("email", S), f("website", S), f("until", S)));

    private static final Struct CONTACT = new Struct(List.of(
            f("name", S), f("email", S), f("affiliation", S), f("phone", S)));

    private static final Struct DEPENDENCY = new Struct(List.of(
            f("name", S), f("versionMin", S), f("versionMax", S), f("optional", B), f("version", S)));

    private static final Struct IT_SECTION = new Struct(List.of(
            f("countryExtensionVersion", S),
            f("conforme", new Struct(List.of(
                    f("lineeGuidaDesign", B), f("modelloInteroperabilita", B),
                    f("misureMinimeSicurezza", B), f("gdpr", B)))),
            f("riuso", new Struct(List.of(f("codiceIPA", S)))),
            f("piattaforme", new Struct(List.of(
                    f("spid", B), f("pagopa", B), f("cie", B), f("anpr", B), f("io", B))))));

    static final Struct ROOT = new Struct(List.of(
            f("publiccodeYmlVersion", S),
            f("name", S),
            f("applicationSuite", S),
            f("url", S),
            f("landingURL", S),
            f("isBasedOn", new UrlOrUrlList()),
            f("softwareVersion", S),
            f("releaseDate", S),
            f("logo", S),
            f("monochromeLogo", S),
            f("organisation", ORGANISATION),
            f("inputTypes", STRINGS),
            f("outputTypes", STRINGS),
            f("platforms", STRINGS),
            f("categories", STRINGS),
            f("usedBy", STRINGS),
            f("fundedBy", new ListOf(ORGANISATION)),
            f("roadmap", S),
            f("developmentStatus", S),
            f("softwareType", S),
            f("intendedAudience", new Struct(List.of(
                    f("scope", STRINGS), f("countries", STRINGS), f("unsupportedCountries", STRINGS)))),
            f("supports", new ListOf(new Struct(List.of(f("id", S))))),
            f("description", new MapOf(DESCRIPTION)),
            f("legal", new Struct(List.of(
                    f("license", S), f("mainCopyrightOwner", S), f("repoOwner", S), f("authorsFile", S)))),
            f("maintenance", new Struct(List.of(
                    f("type", S), f("contractors", new ListOf(CONTRACTOR)), f("contacts", new ListOf(CONTACT))))),
            f("localisation", new Struct(List.of(f("localisationReady", B), f("availableLanguages", STRINGS)))),
            f("dependsOn", new Struct(List.of(
                    f("open", new ListOf(DEPENDENCY)),
                    f("proprietary", new ListOf(DEPENDENCY)),
                    f("hardware", new ListOf(DEPENDENCY))))),
            f("IT", IT_SECTION),
            f("it", IT_SECTION)));

    private PubliccodeSchema() {
    }
}
