package dk.samvirke.importing;

/**
 * One reason a data package was rejected. {@code line} is the physical line on which the record
 * starts (1 is the header), or 0 when the problem concerns the whole file or package; {@code column}
 * is the header name, or null when the problem is not about one column.
 */
public record ImportProblem(String file, int line, String column, String message) {

    /** {@code FILE:LINE: COLUMN: MESSAGE}, leaving out what is unknown; the command line prints this. */
    public String format() {
        StringBuilder text = new StringBuilder(file == null || file.isEmpty() ? "package" : file);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (column != null && !column.isEmpty()) {
            text.append(column).append(": ");
        }
        return text.append(message).toString();
    }
}
