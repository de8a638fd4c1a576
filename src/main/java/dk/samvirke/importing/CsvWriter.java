package dk.samvirke.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a CSV file the way {@link CsvReader} and spreadsheets read it: {@code ,}, CRLF, UTF-8 without BOM,
 * cells a spreadsheet would run as formulas made safe ({@link FormulaCells}). Into memory ({@link #toBytes()}),
 * or straight into a writer, row by row, for an export of any size.
 */
final class CsvWriter {

    private final StringBuilder buffer;
    private final Appendable out;

    CsvWriter(List<String> header) {
        this.buffer = new StringBuilder();
        this.out = buffer;
        row(header);
    }

    /** Writes to {@code out} as rows come; the caller flushes and closes it. */
    CsvWriter(Appendable out, List<String> header) {
        this.buffer = null;
        this.out = out;
        row(header);
    }

    CsvWriter row(List<String> fields) {
        try {
            write(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private void write(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            field(fields.get(i));
        }
        out.append("\r\n");
    }

    private void field(String cell) throws IOException {
        if (cell == null) {
            return;
        }
        String value = FormulaCells.protect(cell);
        boolean quote = value.indexOf(',') >= 0 || value.indexOf(';') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
                || (!value.isEmpty() && (Character.isWhitespace(value.charAt(0))
                        || Character.isWhitespace(value.charAt(value.length() - 1))));
        if (quote) {
            out.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            out.append(value);
        }
    }

    byte[] toBytes() {
        return buffer.toString().getBytes(StandardCharsets.UTF_8);
    }
}
