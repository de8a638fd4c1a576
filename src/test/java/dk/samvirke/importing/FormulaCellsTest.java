package dk.samvirke.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text cells a spreadsheet would run (interfaces.md §2.1): exported with an apostrophe, imported without. */
class FormulaCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"https://evil.example\",\"Klik\")", "@SUM(A1:A9)", "+cmd|' /C calc'!A0",
        "-1", "=1+2", "'=already quoted", "''-two apostrophes", "\t=tab", "\r=cr"})
    void aCellASpreadsheetWouldRunIsWrittenWithAnApostropheAndReadBackExactly(String value) {
        byte[] csv = new CsvWriter(List.of("name")).row(List.of(value)).toBytes();
        String written = new String(csv, StandardCharsets.UTF_8);
        assertThat(written.split("\r\n")[1]).as("as written").matches("(?s)\"?'.*");

        var read = CsvReader.read(csv);
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows().get(1).fields()).containsExactly(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Aarhus Kommune", "'quoted' in the text", "a-b", "it@aarhus.dk", "1+1"})
    void otherCellsAreWrittenAsTheyAre(String value) {
        byte[] csv = new CsvWriter(List.of("name")).row(List.of(value)).toBytes();
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("name\r\n" + value + "\r\n");
        assertThat(CsvReader.read(csv).rows()).extracting(CsvReader.Row::fields)
                .containsExactly(List.of("name"), List.of(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"'=SUM(A1)", "'+45 12 34 56 78", "'@home"})
    void aSpreadsheetUsersOwnApostropheIsDroppedOnImport(String cell) {
        var read = CsvReader.read(("name\n" + cell + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(read.rows().get(1).fields()).containsExactly(cell.substring(1));
    }
}
