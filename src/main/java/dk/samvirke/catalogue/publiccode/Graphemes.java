package dk.samvirke.catalogue.publiccode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts user-perceived characters (extended grapheme clusters), which is what the reference's
 * length limits count. The regex {@code \X} follows UAX #29 on Java 17; BreakIterator does not.
 */
final class Graphemes {

    private static final Pattern CLUSTER = Pattern.compile("\\X");

    private Graphemes() {
    }

    static int count(String s) {
        Matcher m = CLUSTER.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
