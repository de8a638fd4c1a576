package dk.samvirke.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.function.Function;

/** Danish alphabetical order (æ, ø, å last) whatever the visitor's language: the names are Danish. */
public final class DanishOrder {

    private DanishOrder() {
    }

    public static Comparator<String> strings() {
        Collator collator = Collator.getInstance(Languages.DANISH);
        return Comparator.nullsLast(collator::compare);
    }

    public static <T> Comparator<T> by(Function<T, String> name) {
        return Comparator.comparing(name, strings());
    }
}
