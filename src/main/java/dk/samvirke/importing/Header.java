package dk.samvirke.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The header row of one file: which column sits where. */
final class Header {

    private final Map<String, Integer> positions;
    private final int width;

    private Header(Map<String, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    /**
     * Unknown and repeated columns are problems, but the header stays usable (the unknown column is not
     * read, a repeated one is read where it first appears); without a required column it is not.
     * Names are trimmed and compared without regard to case ({@code Key} is {@code key}): spreadsheet
     * users capitalise headings without thinking, and no two columns differ only by case. Empty when
     * the header is unusable; the reasons are in {@code problems}.
     */
    static Optional<Header> of(PackageFile file, CsvReader.Row row, Problems problems) {
        List<String> known = file.columns().stream().map(PackageColumn::name).toList();
        Map<String, Integer> positions = new HashMap<>();
        boolean usable = true;
        List<String> names = row.fields();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty() && names.size() > 1 && i == names.size() - 1) {
                continue; // a trailing delimiter, as some spreadsheets write
            }
            if (!known.contains(name)) {
                problems.add(file.name(), row.line(), names.get(i).trim(),
                        "unknown column; the columns of " + file.name() + " are " + String.join(", ", known));
            } else if (positions.putIfAbsent(name, i) != null) {
                problems.add(file.name(), row.line(), name, "the column appears twice");
            }
        }
        for (PackageColumn column : file.columns()) {
            if (column.required() && !positions.containsKey(column.name())) {
                problems.add(file.name(), row.line(), column.name(), "required column missing");
                usable = false;
            }
        }
        // An unknown or repeated column is reported but does not stop the reading: the records' own problems,
        // and the other files' references to them, are still checked, so one answer names every problem.
        return usable ? Optional.of(new Header(positions, names.size())) : Optional.empty();
    }

    /** The trimmed value of a column, or null when the column is absent or the value empty. */
    String value(CsvReader.Row row, String column) {
        Integer position = positions.get(column);
        if (position == null || position >= row.fields().size()) {
            return null;
        }
        String value = row.fields().get(position).trim();
        return value.isEmpty() ? null : value;
    }

    boolean has(String column) {
        return positions.containsKey(column);
    }

    int width() {
        return width;
    }
}
