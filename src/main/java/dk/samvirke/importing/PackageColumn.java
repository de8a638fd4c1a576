package dk.samvirke.importing;

/**
 * A column of a package file.
 *
 * @param type the Frictionless field type: {@code string}, {@code date}, {@code integer}, {@code number}
 *             or {@code boolean}
 */
public record PackageColumn(String name, String type, boolean required) {

    public static PackageColumn required(String name) {
        return new PackageColumn(name, "string", true);
    }

    public static PackageColumn text(String name) {
        return new PackageColumn(name, "string", false);
    }

    public static PackageColumn date(String name) {
        return new PackageColumn(name, "date", false);
    }

    public static PackageColumn requiredDate(String name) {
        return new PackageColumn(name, "date", true);
    }

    public static PackageColumn integer(String name) {
        return new PackageColumn(name, "integer", false);
    }

    public static PackageColumn number(String name) {
        return new PackageColumn(name, "number", false);
    }
}
