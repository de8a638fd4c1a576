package dk.samvirke.catalogue.publiccode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The closed lists of the standard and the reference parser, loaded once from
 * {@code src/main/resources/publiccode/} (each file names its source in its header).
 */
final class CodeLists {

    static final Set<String> CATEGORIES = Collections.unmodifiableSet(new LinkedHashSet<>(read("categories.txt")));
    static final Set<String> SCOPES = Collections.unmodifiableSet(new LinkedHashSet<>(read("scopes.txt")));
    static final Set<String> SUPPORTS_ALIASES = Set.copyOf(read("supports-aliases.txt"));

    private static final class Lazy {
        // iPA codes are compared case-insensitively by the reference (IndicePA guidelines).
        static final Set<String> IPA_CODES = lowerCased(read("ipa-codes.txt"));
        static final List<Pattern> OEMBED = oembedPatterns();
    }

    private CodeLists() {
    }

    static boolean isItalianIpaCode(String code) {
        return Lazy.IPA_CODES.contains(code.toLowerCase(Locale.ROOT));
    }

    /** Whether a video URL matches a known oEmbed provider scheme ("*" matches anything). */
    static boolean isOembedUrl(String url) {
        for (Pattern p : Lazy.OEMBED) {
            if (p.matcher(url).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<Pattern> oembedPatterns() {
        List<Pattern> patterns = new ArrayList<>();
        for (String scheme : read("oembed-schemes.txt")) {
            StringBuilder regex = new StringBuilder();
            for (String literal : scheme.split("\\*", -1)) {
                if (regex.length() > 0) {
                    regex.append(".*");
                }
                regex.append(Pattern.quote(literal));
            }
            patterns.add(Pattern.compile(regex.toString(), Pattern.DOTALL));
        }
        return List.copyOf(patterns);
    }

    private static Set<String> lowerCased(List<String> values) {
        Set<String> out = new HashSet<>(values.size() * 2);
        for (String v : values) {
            out.add(v.toLowerCase(Locale.ROOT));
        }
        return Collections.unmodifiableSet(out);
    }

    /** The non-comment, non-blank lines of a resource under {@code publiccode/}. */
    static List<String> read(String name) {
        String path = "/publiccode/" + name;
        try (InputStream in = CodeLists.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
