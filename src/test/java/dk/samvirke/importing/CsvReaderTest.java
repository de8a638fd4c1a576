package dk.samvirke.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static CsvReader.Result read(String text) {
        return CsvReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<List<String>> fields(CsvReader.Result result) {
        return result.rows().stream().map(CsvReader.Row::fields).toList();
    }

    @Test
    void readsCommaSeparatedRecords() {
        var result = read("key,name\na,Alpha\nb,Beta\n");
        assertThat(result.problems()).isEmpty();
        assertThat(result.delimiter()).isEqualTo(',');
        assertThat(fields(result)).containsExactly(List.of("key", "name"), List.of("a", "Alpha"), List.of("b", "Beta"));
    }

    @Test
    void detectsSemicolonFromTheHeaderRow() {
        var result = read("key;name;summary\na;Alpha;one, two\n");
        assertThat(result.delimiter()).isEqualTo(';');
        assertThat(fields(result).get(1)).containsExactly("a", "Alpha", "one, two");
    }

    @Test
    void skipsAByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "key;name\nø;Æble\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(text, 0, bytes, 3, text.length);
        var result = CsvReader.read(bytes);
        assertThat(result.problems()).isEmpty();
        assertThat(fields(result)).containsExactly(List.of("key", "name"), List.of("ø", "Æble"));
    }

    @Test
    void readsQuotedFieldsWithDelimitersNewlinesAndDoubledQuotes() {
        var result = read("key,summary,x\na,\"one, \"\"two\"\"\nthree\",\"\"\n");
        assertThat(result.problems()).isEmpty();
        assertThat(fields(result).get(1)).containsExactly("a", "one, \"two\"\nthree", "");
    }

    @Test
    void numbersRecordsByTheLineTheyStartOnAfterMultiLineFields() {
        var result = read("key,summary\na,\"line one\nline two\nline three\"\nb,plain\nc,\"x\r\ny\"\nd,last\n");
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).extracting(CsvReader.Row::line).containsExactly(1, 2, 5, 6, 8);
        assertThat(fields(result).get(3)).containsExactly("c", "x\ny");
    }

    @Test
    void acceptsCrLfAndATrailingEmptyLine() {
        var result = read("key,name\r\na,Alpha\r\nb,\r\n\r\n");
        assertThat(result.problems()).isEmpty();
        assertThat(fields(result)).containsExactly(List.of("key", "name"), List.of("a", "Alpha"), List.of("b", ""));
        assertThat(read("key,name\na,Alpha").rows()).hasSize(2);
    }

    @Test
    void keepsAnEmptyLastFieldAfterADelimiter() {
        assertThat(fields(read("a,b,\n")).get(0)).containsExactly("a", "b", "");
    }

    @Test
    void reportsAnUnterminatedQuoteOnTheLineWhereTheFieldStarts() {
        var result = read("key,summary\na,ok\nb,\"never closed\nmore\nand more\n");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("never closed");
        });
    }

    @Test
    void reportsStrayQuotes() {
        var result = read("key,summary\na,say \"hi\"\nb,\"quoted\" tail\nc,fine\n");
        assertThat(result.problems()).extracting(CsvReader.LineProblem::line).containsExactly(2, 3);
        assertThat(result.rows()).hasSize(4);
    }

    @Test
    void reportsEveryLineWithInvalidUtf8() {
        byte[] bytes = "key,name\na,ok\nb,bad\nc,ok\nd,bad\n".getBytes(StandardCharsets.ISO_8859_1);
        bytes[16] = (byte) 0xE6; // "b,bad" -> "b,\xE6ad": Latin-1 æ, as a Danish spreadsheet might save it
        bytes[bytes.length - 4] = (byte) 0xF8;
        var result = CsvReader.read(bytes);
        assertThat(result.problems()).extracting(CsvReader.LineProblem::line).containsExactly(3, 5);
        assertThat(result.problems().get(0).message()).contains("UTF-8");
    }

    @Test
    void anEmptyFileHasNoRecords() {
        assertThat(read("").rows()).isEmpty();
    }

    @Test
    void writerOutputReadsBackToTheSameFields() {
        List<String> tricky = List.of("plain", "a,b", "semi;colon", "quote \"x\"", "line\nbreak", "", " padded ");
        byte[] bytes = new CsvWriter(List.of("1", "2", "3", "4", "5", "6", "7")).row(tricky).toBytes();
        var result = CsvReader.read(bytes);
        assertThat(result.problems()).isEmpty();
        assertThat(result.delimiter()).isEqualTo(',');
        assertThat(fields(result).get(1)).containsExactlyElementsOf(tricky);
    }
}
