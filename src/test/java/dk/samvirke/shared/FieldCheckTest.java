package dk.samvirke.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;


/** The field rules every record is checked by, whether it comes from a form, the API or a package. */
class FieldCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "9999-12-31", "2024-02-29"})
    void acceptsDatesFrom1900To9999(String value) {
        var check = new FieldCheck();
        assertThat(check.date("since", value)).isEqualTo(LocalDate.parse(value));
        assertThat(check.isValid()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1899-12-31     | outside 1900-01-01 to 9999-12-31
            +10000-01-01   | not a date YYYY-MM-DD
            10000-01-01    | not a date YYYY-MM-DD
            2023-02-29     | not a date in the calendar
            1.1.2020       | not a date YYYY-MM-DD
            """)
    void refusesOtherDates(String value, String message) {
        var check = new FieldCheck();
        assertThat(check.date("since", value)).isNull();
        assertThat(check.problems()).containsOnlyKeys("since");
        assertThat(check.problems().get("since")).contains(message);
    }

    @org.junit.jupiter.api.Test
    void aDateThatArrivedParsedIsCheckedForItsRangeToo() {
        var check = new FieldCheck();
        check.date("first", LocalDate.of(1900, 1, 1));
        check.date("last", LocalDate.of(9999, 12, 31));
        check.date("before", LocalDate.of(1899, 12, 31));
        check.date("after", LocalDate.of(10000, 1, 1));
        assertThat(check.problems()).containsOnlyKeys("before", "after");
    }

    @org.junit.jupiter.api.Test
    void anEmailAddressHasAtMost254Characters() {
        String domain = "@" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(58) + ".dk";
        String local = "x".repeat(254 - domain.length()); // 64, the most a local part may have
        var check = new FieldCheck();
        assertThat(check.email("email", local + domain, true)).isEqualTo(local + domain);
        assertThat(check.email("other", local + "@d" + domain.substring(1), true)).as("255 characters").isNull();
        assertThat(check.problems()).containsOnlyKeys("other");
        assertThat(check.email("upper", "Anne@Aarhus.DK", false)).isEqualTo("anne@aarhus.dk");
    }

    @org.junit.jupiter.api.Test
    void namesTheOtherFieldAsTheCallerCallsIt() {
        var check = new FieldCheck(field -> field.equals("memberSince") ? "member_since" : field);
        check.notBefore(LocalDate.of(2020, 1, 1), "memberSince", LocalDate.of(2019, 1, 1), "memberUntil");
        assertThat(check.problems()).containsEntry("memberUntil", "2019-01-01 is before member_since 2020-01-01");
    }
}
