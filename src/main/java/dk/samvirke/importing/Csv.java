package dk.samvirke.importing;

import java.util.List;

/**
 * CSV for downloads from the pages (products, organisations, figures), written the way the data package
 * is ({@link CsvWriter}): comma, CRLF, UTF-8, and text cells a spreadsheet would run as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @} …) made safe with a leading apostrophe ({@link FormulaCells}).
 */
public final class Csv {

    private Csv() {
    }

    public static byte[] of(List<String> header, List<List<String>> rows) {
        var writer = new CsvWriter(header);
        rows.forEach(writer::row);
        return writer.toBytes();
    }
}
