package dk.samvirke.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** interfaces.md §10: ranges of intervals joined by {@code ||}, each of space-separated comparators. */
class VersionRangeTest {

    @ParameterizedTest(name = "{1} in ''{0}'': {2}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
            ">=2.0.0 <2.4.3 || =1.9.9;2.0.0;true",
            ">=2.0.0 <2.4.3 || =1.9.9;2.0;true",
            ">=2.0.0 <2.4.3 || =1.9.9;2.4.2;true",
            ">=2.0.0 <2.4.3 || =1.9.9;v2.4.2;true",
            ">=2.0.0 <2.4.3 || =1.9.9;2.4.3;false",
            ">=2.0.0 <2.4.3 || =1.9.9;2.4.3-rc.1;true",
            ">=2.0.0 <2.4.3 || =1.9.9;2.10.0;false",
            ">=2.0.0 <2.4.3 || =1.9.9;1.9.9;true",
            ">=2.0.0 <2.4.3 || =1.9.9;1.9.8;false",
            ">=2.0.0 <2.4.3 || =1.9.9;1.9.10;false",
            ">=2.0.0 <2.4.3 || =1.9.9;1.99;false",
            "<2.10;2.9.5;true",
            "<2.10;2.10.0;false",
            ">2.4;2.4.0;false",
            ">2.4;2.4.0.1;true",
            "<=2.4;2.4.0;true",
            "=2.4;2.4.0;true",
            "2.4;2.4.0;true",
            ">= 2.0 < 3;2.5;true",
            "<1 || >=2 <2.1 || >5;2.0.9;true",
            "<1 || >=2 <2.1 || >5;3;false"
    })
    void contains(String range, String version, boolean expected) {
        assertThat(VersionRange.parse(range).contains(Version.parse(version))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
            "\"\";the range is empty",
            "\"  \";the range is empty",
            ">=1 || || <3;interval 2 is empty",
            ">=1 ||| <3;interval 2: a single '|'",
            ">=1 |<3;a single '|'",
            ">=;'>=' has no version after it",
            ">=1 <;'<' has no version after it",
            "=<2;'=' has no version after it",
            "<latest;comparator '<latest': version 'latest': the first part 'latest' is not a number",
            ">=2.0 || <2..4;interval 2: comparator '<2..4': version '2..4': part 2 of the release is empty",
            ">=3 <2;'>=3 <2' matches no version",
            ">2 <2;matches no version",
            ">=2 <=2 =3;matches no version",
            "~2.4;'~' is not a comparator",
            "^1.0;'^' is not a comparator"
    })
    void explainsWhatDoesNotRead(String range, String message) {
        assertThatThrownBy(() -> VersionRange.parse(range)).isInstanceOf(VersionSyntaxException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
            ">=2.0.0   <2.4.3||=1.9.9;>=2.0.0 <2.4.3 || =1.9.9",
            ">= 2.0 < 3;>=2.0 <3",
            "2.4;=2.4",
            ">=2 <=2;>=2 <=2"
    })
    void writesItsCanonicalForm(String range, String canonical) {
        assertThat(VersionRange.parse(range)).hasToString(canonical);
        assertThat(VersionRange.parse(canonical)).isEqualTo(VersionRange.parse(range));
    }
}
