package dk.samvirke.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a CSV file the way {@link CsvReader} and spreadsheets read it: {@code ,}, CRLF, UTF-8 without BOM,
 * cells a spreadsheet would run as formulas made safe ({@link FormulaCells}).
 */
final class CsvWriter {

    private final StringBuilder out = new StringBuilder();

    CsvWriter(List<String> header) {
        row(header);
    }

    CsvWriter row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            field(fields.get(i));
        }
        out.append("\r\n");
        return this;
    }

    private void field(String cell) {
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
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
