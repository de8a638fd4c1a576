package dk.samvirke.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/** A request with fields that break the rules: field → what is wrong, in the order they were checked. */
public class InvalidFieldsException extends RuntimeException {

    private final String what;
    private final transient Map<String, String> problems;

    public InvalidFieldsException(String what, Map<String, String> problems) {
        super("The " + what + " has invalid fields: " + String.join(", ", problems.keySet()));
        this.what = what;
        this.problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** What was sent, in words: "usage", "person", "product". */
    public String what() {
        return what;
    }

    public Map<String, String> problems() {
        return problems;
    }
}
