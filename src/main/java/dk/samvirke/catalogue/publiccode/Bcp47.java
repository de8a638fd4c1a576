package dk.samvirke.catalogue.publiccode;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict BCP 47 language tags as the reference checks them: the RFC 5646 grammar, then every
 * subtag must be a known, canonical one (so {@code en_GB}, {@code xxx} and {@code eng} fail,
 * {@code sl-IT-nedis} passes). Subtag lists live in {@code resources/publiccode/}.
 */
final class Bcp47 {

    private static final Pattern TAG = Pattern.compile(String.join("",
            "^(",
            "EN-GB-OED|I-AMI|I-BNN|I-DEFAULT|I-ENOCHIAN|I-HAK|I-KLINGON|I-LUX|I-MINGO|I-NAVAJO|I-PWN|I-TAO|I-TAY|I-TSU|",
            "SGN-BE-FR|SGN-BE-NL|SGN-CH-DE|",
            "ART-LOJBAN|CEL-GAULISH|NO-BOK|NO-NYN|ZH-GUOYU|ZH-HAKKA|ZH-MIN|ZH-MIN-NAN|ZH-XIANG|",
            "X-[A-Z0-9]{1,8}",
            ")$",
            "|",
            "^((?:[A-Z]{2,3}(?:-[A-Z]{3}){0,3})|[A-Z]{4}|[A-Z]{5,8})",
            "(?:-([A-Z]{4}))?",
            "(?:-([A-Z]{2}|[0-9]{3}))?",
            "(?:-((?:[A-Z0-9]{5,8}|[0-9][A-Z0-9]{3})(?:-(?:[A-Z0-9]{5,8}|[0-9][A-Z0-9]{3}))*))?",
            "(?:-((?:[A-WYZ0-9](?:-[A-Z0-9]{2,8})+)(?:-(?:[A-WYZ0-9](?:-[A-Z0-9]{2,8})+))*))?",
            "(?:-X(?:-[A-Z0-9]{1,8})+)?",
            "$"));

    private static final Set<String> M49 = Set.of("001", "002", "003", "005", "009", "011", "013", "014", "015",
            "017", "018", "019", "021", "029", "030", "034", "035", "039", "053", "054", "057", "061", "142", "143",
            "145", "150", "151", "154", "155", "202", "419");

    /** Region codes outside ISO 3166-1 that the reference's language library also knows. */
    private static final Set<String> EXTRA_REGIONS = Set.of("AC", "CP", "DG", "EA", "EU", "EZ", "IC", "TA", "UN",
            "XK", "ZZ");

    private static final class Data {
        static final Set<String> LANGUAGES = Set.copyOf(CodeLists.read("iso639-languages.txt"));
        static final Set<String> SCRIPTS = upper(CodeLists.read("iso15924-scripts.txt"));
        static final Map<String, List<String>> VARIANTS = prefixes(CodeLists.read("bcp47-variants.txt"));
        static final Map<String, List<String>> EXTLANGS = prefixes(CodeLists.read("bcp47-extlangs.txt"));
        static final Set<String> REGIONS = regions();
    }

    private Bcp47() {
    }

    static boolean isValid(String tag) {
        String languageTag = tag.toUpperCase(Locale.ROOT);
        Matcher m = TAG.matcher(languageTag);
        if (!m.matches()) {
            return false;
        }
        if (m.group(1) != null && !m.group(1).isEmpty()) {
            return true;
        }
        String lang = m.group(2);
        String script = m.group(3);
        String region = m.group(4);
        String variant = m.group(5);
        String lowerTag = languageTag.toLowerCase(Locale.ROOT) + "-";
        if (lang.contains("-")) {
            String[] parts = lang.split("-");
            if (!isLanguage(parts[0])) {
                return false;
            }
            for (int i = 1; i < parts.length; i++) {
                List<String> prefixes = Data.EXTLANGS.get(parts[i].toLowerCase(Locale.ROOT));
                if (prefixes == null || !matchesPrefix(lowerTag, prefixes)) {
                    return false;
                }
            }
        } else if (lang.length() > 3 || !isLanguage(lang)) {
            return false;
        }
        if (script != null && !Data.SCRIPTS.contains(script)) {
            return false;
        }
        if (region != null) {
            boolean known = region.length() == 2 ? Data.REGIONS.contains(region) : M49.contains(region);
            if (!known) {
                return false;
            }
        }
        if (variant != null) {
            for (String v : variant.split("-")) {
                List<String> prefixes = Data.VARIANTS.get(v.toLowerCase(Locale.ROOT));
                if (prefixes == null || !matchesPrefix(lowerTag, prefixes)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isLanguage(String upper) {
        return Data.LANGUAGES.contains(upper.toLowerCase(Locale.ROOT));
    }

    /** An empty prefix list allows any; otherwise the reference checks a plain string prefix. */
    private static boolean matchesPrefix(String lowerTagWithDash, List<String> prefixes) {
        if (prefixes.isEmpty()) {
            return true;
        }
        for (String p : prefixes) {
            if (lowerTagWithDash.startsWith(p.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, List<String>> prefixes(List<String> lines) {
        Map<String, List<String>> out = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split("\\s+");
            out.put(parts[0].toLowerCase(Locale.ROOT), List.copyOf(Arrays.asList(parts).subList(1, parts.length)));
        }
        return out;
    }

    private static Set<String> upper(List<String> values) {
        Set<String> out = new HashSet<>();
        for (String v : values) {
            out.add(v.toUpperCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static Set<String> regions() {
        Set<String> out = new HashSet<>(Arrays.asList(Locale.getISOCountries()));
        out.addAll(EXTRA_REGIONS);
        return Set.copyOf(out);
    }
}
