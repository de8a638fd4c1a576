package dk.samvirke.importing;

import dk.samvirke.shared.FieldCheck;
import java.util.Locale;

/**
 * One record of a package file as its {@link FileImport} reads it: values by column name, and problems
 * reported on the record's line. A module's rules check fields under the API's names
 * ({@code contactEmail}); {@link #check()} and {@link #report} word them as the file's columns
 * ({@code contact_email}), the same name in snake case.
 */
public final class PackageRow {

    private final String file;
    private final Header header;
    private final CsvReader.Row row;
    private final Problems problems;

    PackageRow(String file, Header header, CsvReader.Row row, Problems problems) {
        this.file = file;
        this.header = header;
        this.row = row;
        this.problems = problems;
    }

    /** The physical line on which the record starts (1 is the header). */
    public int line() {
        return row.line();
    }

    /** The trimmed value of a column, or null when the column is absent or the value empty. */
    public String value(String column) {
        return header.value(row, column);
    }

    /** Whether the file's header names the column (a missing optional column reads as empty). */
    public boolean hasColumn(String column) {
        return header.has(column);
    }

    public void problem(String column, String message) {
        problems.add(file, row.line(), column, message);
    }

    /** A check whose messages name fields as this file's columns. */
    public FieldCheck check() {
        return new FieldCheck(PackageRow::column);
    }

    /** Reports the check's problems on this record, each under its column. */
    public void report(FieldCheck check) {
        check.problems().forEach((field, message) -> problem(column(field), message));
    }

    /** {@code contactEmail} → {@code contact_email}. */
    public static String column(String field) {
        StringBuilder column = new StringBuilder();
        for (char c : field.toCharArray()) {
            if (Character.isUpperCase(c)) {
                column.append('_').append(Character.toLowerCase(c));
            } else {
                column.append(c);
            }
        }
        return column.toString().toLowerCase(Locale.ROOT);
    }
}
