package dk.samvirke.importing;

/**
 * Text cells a spreadsheet would run as a formula (interfaces.md §2.1): starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return. An export writes them with a leading apostrophe, which
 * spreadsheets show as text; an import drops that apostrophe again, so export followed by import changes
 * nothing. A value that itself begins with apostrophes before such a character gets one more, so that
 * dropping one gives it back exactly.
 */
final class FormulaCells {

    private FormulaCells() {
    }

    static String protect(String value) {
        return needsApostrophe(value, 0) ? "'" + value : value;
    }

    static String unprotect(String value) {
        return !value.isEmpty() && value.charAt(0) == '\'' && needsApostrophe(value, 1) ? value.substring(1) : value;
    }

    /** After any apostrophes from {@code from} on, the value goes on with a character a spreadsheet runs. */
    private static boolean needsApostrophe(String value, int from) {
        int i = from;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        return i < value.length() && "=+-@\t\r".indexOf(value.charAt(i)) >= 0;
    }
}
