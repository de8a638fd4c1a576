package dk.samvirke.web.organisations;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Field → message key of what is wrong with it, for the DKFDS form-error pattern. The services
 * explain problems in English for the API; pages say the same per field in the reader's language.
 */
public record FieldErrors(Map<String, String> messages) {

    public static FieldErrors none() {
        return new FieldErrors(Map.of());
    }

    /** One message per field ({@code <form>.error.<field>}) whatever the service's words were. */
    public static FieldErrors of(String form, Map<String, String> problems) {
        Map<String, String> keys = new LinkedHashMap<>();
        problems.forEach((field, problem) -> keys.put(field, form + ".error." + field));
        return new FieldErrors(keys);
    }

    /** A problem that needs its own words, e.g. {@code person.error.email.exists}. */
    public static FieldErrors one(String form, String field, String code) {
        return new FieldErrors(Map.of(field, form + ".error." + field + "." + code));
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    public String key(String field) {
        return messages.get(field);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }
}
