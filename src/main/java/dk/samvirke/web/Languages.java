package dk.samvirke.web;

import java.util.List;
import java.util.Locale;

/** The languages of the public pages, Danish first. */
public final class Languages {

    public static final Locale DANISH = Locale.forLanguageTag("da");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> ALL = List.of(DANISH, ENGLISH);

    private Languages() {
    }

    /** The supported language for a {@code ?lang=} value; anything unknown means Danish. */
    static Locale supported(String code) {
        String wanted = code == null ? "" : code.trim();
        return ALL.stream().filter(l -> l.getLanguage().equalsIgnoreCase(wanted)).findFirst().orElse(DANISH);
    }

    /** A language's own name for itself ("Dansk", "English"): a visitor looks for the one they read. */
    static String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
