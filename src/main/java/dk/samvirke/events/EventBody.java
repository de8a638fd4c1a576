package dk.samvirke.events;

import java.util.Locale;

/**
 * A body as events see it.
 *
 * @param key the body's key
 * @param productKey the body's product, or {@code null} for a body of the association
 * @param nameDa the body's name in Danish
 * @param nameEn its name in English ({@code null}: the Danish name)
 */
public record EventBody(String key, String productKey, String nameDa, String nameEn) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank()
                ? nameEn : nameDa;
    }
}
