package dk.samvirke.shared;

import java.text.Collator;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Names in Danish alphabetical order (æ, ø, å and "aa" last), as a text that sorts the same way in
 * any database's collation: the hexadecimal primary collation key of the name's first characters.
 * Lists paged by the database (organisations, the catalogue) order by it, and then by name and key,
 * so that H2 and PostgreSQL page them alike.
 */
public final class SortKeys {

    /** Enough to order any two real names; the column holds 4 hex digits per character and a little more. */
    static final int SIGNIFICANT_CHARACTERS = 60;
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private SortKeys() {
    }

    public static String danish(String name) {
        if (name == null) {
            return null;
        }
        String head = name.length() > SIGNIFICANT_CHARACTERS ? name.substring(0, SIGNIFICANT_CHARACTERS) : name;
        Collator collator = Collator.getInstance(DANISH); // not thread-safe: one per call is cheap enough
        collator.setStrength(Collator.PRIMARY);
        return HexFormat.of().formatHex(collator.getCollationKey(head).toByteArray());
    }
}
