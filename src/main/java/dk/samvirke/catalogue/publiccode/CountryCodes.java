package dk.samvirke.catalogue.publiccode;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 codes, from the JDK's copy of the standard. */
final class CountryCodes {

    private static final Set<String> ALPHA2 = Set.of(Locale.getISOCountries());

    private CountryCodes() {
    }

    static boolean isAlpha2(String code) {
        return ALPHA2.contains(code);
    }

    /** The reference accepts "it" and "IT" but not "It": one case throughout. */
    static boolean isAlpha2LowerOrUpper(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        if (!code.equals(code.toLowerCase(Locale.ROOT)) && !code.equals(upper)) {
            return false;
        }
        return ALPHA2.contains(upper);
    }
}
