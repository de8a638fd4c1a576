package dk.samvirke.importing;

import dk.samvirke.shared.CodedEnum;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the fields of one record by column name and checks them as it goes. A broken field is
 * reported and read as empty, so the rest of the record is still checked and every problem is found.
 */
final class RowFields {

    private final DataPackageFile file;
    private final Header header;
    private final CsvReader.Row row;
    private final Problems problems;

    RowFields(DataPackageFile file, Header header, CsvReader.Row row, Problems problems) {
        this.file = file;
        this.header = header;
        this.row = row;
        this.problems = problems;
    }

    int line() {
        return row.line();
    }

    void problem(String column, String message) {
        problems.add(file, row.line(), column, message);
    }

    String text(String column, boolean required, int maxLength) {
        String value = header.value(row, column);
        if (value == null && required) {
            problem(column, "required");
        } else if (value != null && value.length() > maxLength) {
            problem(column, "longer than " + maxLength + " characters");
            return null;
        }
        return value;
    }

    String key(String column, boolean required) {
        String value = text(column, required, 100);
        if (value != null && !Syntax.isKey(value)) {
            problem(column, "'" + value + "' is not a key: lower-case letters, digits and '-', starting with a letter or digit");
            return null;
        }
        return value;
    }

    <E extends Enum<E> & CodedEnum> E code(String column, Class<E> type) {
        String value = text(column, true, 100);
        if (value == null) {
            return null;
        }
        var result = CodedEnum.fromCode(type, value.toLowerCase(Locale.ROOT));
        if (result.isEmpty()) {
            problem(column, "'" + value + "' is not one of " + CodedEnum.codes(type));
        }
        return result.orElse(null);
    }

    String email(String column, boolean required) {
        String value = text(column, required, 320);
        if (value != null && !Syntax.isEmail(value)) {
            problem(column, "'" + value + "' is not an e-mail address");
            return null;
        }
        return value;
    }

    String webUrl(String column) {
        String value = text(column, false, 500);
        if (value != null && !Syntax.isWebUrl(value)) {
            problem(column, "'" + value + "' is not an http(s) URL");
            return null;
        }
        return value;
    }

    String digits(String column, int count) {
        String value = text(column, false, count);
        if (value != null && !Syntax.isDigits(value, count)) {
            problem(column, "'" + value + "' is not " + count + " digits");
            return null;
        }
        return value;
    }

    LocalDate date(String column) {
        String value = text(column, false, 10);
        if (value == null) {
            return null;
        }
        try {
            if (Syntax.isDateShape(value)) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            problem(column, "'" + value + "' is not a date in the calendar");
            return null;
        }
        problem(column, "'" + value + "' is not a date YYYY-MM-DD");
        return null;
    }

    Integer nonNegativeInteger(String column) {
        String value = text(column, false, 30);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= 0 && Syntax.isDigits(value, value.length())) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, like a negative number
        }
        problem(column, "'" + value + "' is not a whole number ≥ 0");
        return null;
    }

    /** A decimal written with {@code .} or {@code ,}: Danish spreadsheets write {@code 0,5}. */
    BigDecimal decimal(String column) {
        String value = text(column, false, 30);
        if (value != null && !Syntax.isDecimal(value)) {
            problem(column, "'" + value + "' is not a decimal number (like 0.5 or 0,5)");
            return null;
        }
        return value == null ? null : new BigDecimal(value.replace(',', '.'));
    }

    List<String> domains(String column) {
        String value = text(column, false, 2000);
        if (value == null) {
            return List.of();
        }
        List<String> domains = Arrays.stream(value.split("\\s+")).map(d -> d.toLowerCase(Locale.ROOT)).toList();
        List<String> invalid = domains.stream().filter(d -> !Syntax.isDomain(d)).toList();
        if (!invalid.isEmpty()) {
            problem(column, "not a domain name: " + String.join(", ", invalid) + " (separate domains by spaces)");
            return List.of();
        }
        return domains;
    }

    /** {@code later} must not come before {@code earlier}; reported on the later column. */
    void notBefore(LocalDate earlier, String earlierColumn, LocalDate later, String laterColumn) {
        if (earlier != null && later != null && later.isBefore(earlier)) {
            problem(laterColumn, later + " is before " + earlierColumn + " " + earlier);
        }
    }
}
