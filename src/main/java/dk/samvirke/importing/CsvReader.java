package dk.samvirke.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one CSV file of a data package: UTF-8 (optional byte-order mark), RFC 4180 quoting, {@code ,} or
 * {@code ;} as detected from the header row, a formula-safe apostrophe dropped ({@link FormulaCells}). Written by hand rather than taken from a library because
 * every error must name the physical line on which the offending record starts, even after quoted
 * fields that span several lines.
 */
final class CsvReader {

    /** One record and the physical line (1-based) it starts on. */
    record Row(int line, List<String> fields) {
    }

    /** A structural problem: the file cannot be read as CSV from this line on, or this line is broken. */
    record LineProblem(int line, String message) {
    }

    /** The records (header first), the delimiter in use, and any structural problems. */
    record Result(char delimiter, List<Row> rows, List<LineProblem> problems) {
    }

    private CsvReader() {
    }

    static Result read(byte[] bytes) {
        List<LineProblem> problems = new ArrayList<>();
        String text = decode(bytes, problems);
        if (!problems.isEmpty()) {
            return new Result(',', List.of(), problems);
        }
        char delimiter = detectDelimiter(text);
        return new Parser(text, delimiter, problems).parse();
    }

    /**
     * Decodes line by line (a newline byte never occurs inside a multi-byte UTF-8 sequence), so that
     * every line with invalid UTF-8 is reported by its number.
     */
    private static String decode(byte[] bytes, List<LineProblem> problems) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder text = new StringBuilder(bytes.length);
        int line = 1;
        for (int from = start; from < bytes.length; line++) {
            int to = from;
            while (to < bytes.length && bytes[to] != '\n') {
                to++;
            }
            int end = Math.min(to + 1, bytes.length);
            try {
                CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(bytes, from, end - from));
                text.append(chars);
            } catch (CharacterCodingException e) {
                problems.add(new LineProblem(line, "not valid UTF-8 (save the file as UTF-8)"));
            }
            from = end;
        }
        return text.toString();
    }

    /** The delimiter is whichever of {@code ;} and {@code ,} occurs more often in the header row. */
    private static char detectDelimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static final class Parser {

        private final String text;
        private final char delimiter;
        private final List<LineProblem> problems;
        private final List<Row> rows = new ArrayList<>();
        private int pos;
        private int line = 1;

        Parser(String text, char delimiter, List<LineProblem> problems) {
            this.text = text;
            this.delimiter = delimiter;
            this.problems = problems;
        }

        Result parse() {
            while (pos < text.length()) {
                int startLine = line;
                List<String> fields = new ArrayList<>();
                boolean endOfRecord = false;
                while (!endOfRecord) {
                    String field = pos < text.length() && text.charAt(pos) == '"' ? quoted(startLine) : unquoted();
                    if (field == null) {
                        return new Result(delimiter, rows, problems);
                    }
                    fields.add(FormulaCells.unprotect(field));
                    endOfRecord = pos >= text.length() || text.charAt(pos) != delimiter;
                    if (!endOfRecord) {
                        pos++;
                    }
                }
                lineBreak();
                // A blank line is not a record: spreadsheets leave them at the end of a file.
                if (!(fields.size() == 1 && fields.get(0).isBlank())) {
                    rows.add(new Row(startLine, List.copyOf(fields)));
                }
            }
            return new Result(delimiter, rows, problems);
        }

        private String unquoted() {
            int start = pos;
            boolean reported = false;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == delimiter || c == '\n' || (c == '\r' && next() == '\n')) {
                    break;
                }
                if (c == '"' && !reported) {
                    reported = true;
                    problems.add(new LineProblem(line, "a quote (\") inside an unquoted field; quote the whole field"
                            + " and double the quotes inside it"));
                }
                pos++;
            }
            return text.substring(start, pos);
        }

        /** A quoted field; null when the closing quote never comes (nothing after it can be trusted). */
        private String quoted(int startLine) {
            StringBuilder value = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= text.length()) {
                    problems.add(new LineProblem(startLine, "a quoted field is never closed (missing \")"));
                    return null;
                }
                char c = text.charAt(pos);
                if (c == '"' && next() == '"') {
                    value.append('"');
                    pos += 2;
                } else if (c == '"') {
                    pos++;
                    break;
                } else if (c == '\r' && next() == '\n') {
                    // Line breaks inside a field are stored as \n whatever the file used, so that
                    // re-importing an exported package compares equal.
                    value.append('\n');
                    pos += 2;
                    line++;
                } else {
                    value.append(c);
                    if (c == '\n') {
                        line++;
                    }
                    pos++;
                }
            }
            if (pos < text.length() && text.charAt(pos) != delimiter && text.charAt(pos) != '\n'
                    && !(text.charAt(pos) == '\r' && next() == '\n')) {
                problems.add(new LineProblem(line, "unexpected text after a closing quote; quote the whole field"
                        + " and double the quotes inside it"));
                value.append(unquoted());
            }
            return value.toString();
        }

        private void lineBreak() {
            if (pos < text.length() && text.charAt(pos) == '\r') {
                pos++;
            }
            if (pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
                line++;
            }
        }

        private char next() {
            return pos + 1 < text.length() ? text.charAt(pos + 1) : '\0';
        }
    }
}
