package dk.samvirke.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads the fields of one record as they arrive as text — from a form, a JSON body or a CSV row — and
 * checks each against the registry's rules (interfaces.md §2 and §2.1). A broken field is noted under
 * its name and read as empty, so the rest of the record is still checked and every problem is found.
 * Each module's rules for its records are built on this class and called by the API, the pages and
 * the importer alike, so that all three accept exactly the same.
 */
public final class FieldCheck {

    /** The earliest and the latest date a record may carry (1900-01-01 to 9999-12-31). */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    /** RFC 5321's limit for a forward path. */
    public static final int MAX_EMAIL = 254;

    private final Map<String, String> problems = new LinkedHashMap<>();
    private final UnaryOperator<String> names;

    public FieldCheck() {
        this(UnaryOperator.identity());
    }

    /**
     * @param names how the caller calls a field in its messages: the importer says {@code member_since}
     *              where the API says {@code memberSince}
     */
    public FieldCheck(UnaryOperator<String> names) {
        this.names = names;
    }

    /** Field → what is wrong with it, in the order found; the first problem of a field wins. */
    public Map<String, String> problems() {
        return Collections.unmodifiableMap(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public boolean has(String field) {
        return problems.containsKey(field);
    }

    public void problem(String field, String message) {
        problems.putIfAbsent(field, message);
    }

    /** Trimmed text, empty as null; longer than {@code maxLength} is a problem. */
    public String text(String field, String value, boolean required, int maxLength) {
        String v = blankToNull(value);
        if (v == null && required) {
            problem(field, "required");
        } else if (v != null && v.length() > maxLength) {
            problem(field, "longer than " + maxLength + " characters");
            return null;
        }
        return v;
    }

    public String key(String field, String value, boolean required) {
        String v = text(field, value, required, 100);
        if (v != null && !Syntax.isKey(v)) {
            problem(field, "'" + v + "' is not a key: lower-case letters, digits and '-', starting with a letter or digit");
            return null;
        }
        return v;
    }

    /** One of an enum's codes, compared without regard to case. */
    public <E extends Enum<E> & CodedEnum> E code(String field, String value, Class<E> type, boolean required) {
        String v = text(field, value, required, 100);
        if (v == null) {
            return null;
        }
        var result = CodedEnum.fromCode(type, v.toLowerCase(Locale.ROOT));
        if (result.isEmpty()) {
            problem(field, "'" + v + "' is not one of " + CodedEnum.codes(type));
        }
        return result.orElse(null);
    }

    /** An e-mail address of at most {@value #MAX_EMAIL} characters, in lower case. */
    public String email(String field, String value, boolean required) {
        String v = text(field, value, required, MAX_EMAIL);
        if (v != null && !Syntax.isEmail(v)) {
            problem(field, "'" + v + "' is not an e-mail address");
            return null;
        }
        return v == null ? null : v.toLowerCase(Locale.ROOT);
    }

    public String webUrl(String field, String value) {
        String v = text(field, value, false, 500);
        if (v != null && !Syntax.isWebUrl(v)) {
            problem(field, "'" + v + "' is not an http(s) URL");
            return null;
        }
        return v;
    }

    public String digits(String field, String value, int count) {
        String v = text(field, value, false, count);
        if (v != null && !Syntax.isDigits(v, count)) {
            problem(field, "'" + v + "' is not " + count + " digits");
            return null;
        }
        return v;
    }

    /** {@code YYYY-MM-DD}, a real day of the calendar, from {@link #EARLIEST} to {@link #LATEST}. */
    public LocalDate date(String field, String value) {
        String v = text(field, value, false, 30);
        if (v == null) {
            return null;
        }
        if (!Syntax.isDateShape(v)) {
            problem(field, "'" + v + "' is not a date YYYY-MM-DD");
            return null;
        }
        try {
            // The shape is checked: the numbers read directly (LocalDate.parse costs a formatter's parse per date).
            return date(field, LocalDate.of(Integer.parseInt(v, 0, 4, 10), Integer.parseInt(v, 5, 7, 10),
                    Integer.parseInt(v, 8, 10, 10)));
        } catch (DateTimeException e) {
            problem(field, "'" + v + "' is not a date in the calendar");
            return null;
        }
    }

    /** A date that arrived already parsed (a query parameter, say): only the range is checked. */
    public LocalDate date(String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            problem(field, "'" + date + "' is outside " + EARLIEST + " to " + LATEST);
            return null;
        }
        return date;
    }

    public Integer nonNegativeInteger(String field, String value) {
        String v = text(field, value, false, 30);
        if (v == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(v);
            if (number >= 0 && Syntax.isDigits(v, v.length())) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, like a negative number
        }
        problem(field, "'" + v + "' is not a whole number ≥ 0");
        return null;
    }

    /** A decimal written with {@code .} or {@code ,}: Danish spreadsheets write {@code 0,5}. */
    public BigDecimal decimal(String field, String value) {
        String v = text(field, value, false, 30);
        if (v != null && !Syntax.isDecimal(v)) {
            problem(field, "'" + v + "' is not a decimal number (like 0.5 or 0,5)");
            return null;
        }
        return v == null ? null : new BigDecimal(v.replace(',', '.'));
    }

    /** Domain names separated by white space, in lower case. */
    public List<String> domains(String field, String value) {
        String v = text(field, value, false, 2000);
        if (v == null) {
            return List.of();
        }
        List<String> domains = Arrays.stream(v.split("\\s+")).map(d -> d.toLowerCase(Locale.ROOT)).toList();
        List<String> invalid = domains.stream().filter(d -> !Syntax.isDomain(d)).toList();
        if (!invalid.isEmpty()) {
            problem(field, "not a domain name: " + String.join(", ", invalid) + " (separate domains by spaces)");
            return List.of();
        }
        return domains;
    }

    /** An ISO 3166-1 alpha-2 country code in upper case; empty is Denmark. */
    public String country(String field, String value) {
        String v = text(field, value, false, 2);
        String country = v == null ? "DK" : v.toUpperCase(Locale.ROOT);
        if (!Syntax.isCountry(country)) {
            problem(field, "'" + country + "' is not an ISO 3166-1 alpha-2 country code (like DK)");
        }
        return country;
    }

    public String spdxExpression(String field, String value) {
        String v = text(field, value, false, 300);
        if (v != null && !Syntax.isSpdxExpression(v)) {
            problem(field, "'" + v + "' is not an SPDX licence expression (like MPL-2.0 or EUPL-1.2)");
        }
        return v;
    }

    /** {@code later} must not come before {@code earlier}; noted on the later field. */
    public void notBefore(LocalDate earlier, String earlierField, LocalDate later, String laterField) {
        if (earlier != null && later != null && later.isBefore(earlier)) {
            problem(laterField, later + " is before " + names.apply(earlierField) + " " + earlier);
        }
    }

    /** Throws {@code failure} with the problems when there are any. */
    public <X extends RuntimeException> void orThrow(java.util.function.Function<Map<String, String>, X> failure) {
        if (!problems.isEmpty()) {
            throw failure.apply(problems());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
