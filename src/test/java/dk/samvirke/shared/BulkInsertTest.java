package dk.samvirke.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** COPY's text format: what a value must become so that PostgreSQL reads back exactly the value. */
class BulkInsertTest {

    @Test
    void writesNullsBooleansDecimalsDatesAndEscapesTheFormatsOwnCharacters() {
        var out = new StringBuilder();
        BulkInsert.line(out, new Object[] {1L, null, true, false, new BigDecimal("0.250"), new BigDecimal("1E+2"),
            LocalDate.of(2021, 2, 3), LocalDateTime.of(2026, 12, 1, 17, 5, 3, 120_000_000), "ø\\x\ty\nz\r", "\\N"});
        assertThat(out.toString()).isEqualTo(
                "1\t\\N\tt\tf\t0.250\t100\t2021-02-03\t2026-12-01T17:05:03.120\tø\\\\x\\ty\\nz\\r\t\\\\N\n");
    }
}
