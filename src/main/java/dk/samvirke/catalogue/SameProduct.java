package dk.samvirke.catalogue;

import java.util.Locale;

/**
 * Whether a publiccode.yml speaks of the product it was found for: the same name (case and spacing
 * aside), or the same repository (scheme, {@code www.}, a trailing slash and {@code .git} aside).
 */
final class SameProduct {

    private SameProduct() {
    }

    /** Both differ: the file names another product, and must not rename the product or replace its repository. */
    static boolean namesAnother(String fileName, String fileUrl, String productName, String productRepository) {
        return !sameName(fileName, productName) && !sameRepository(fileUrl, productRepository);
    }

    static boolean sameName(String a, String b) {
        return a != null && b != null && normalName(a).equals(normalName(b));
    }

    static boolean sameRepository(String a, String b) {
        return a != null && b != null && normalUrl(a).equals(normalUrl(b));
    }

    private static String normalName(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String normalUrl(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "")
                .replaceFirst("^www\\.", "");
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u.endsWith(".git") ? u.substring(0, u.length() - 4) : u;
    }
}
