package dk.samvirke.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** interfaces.md §10: versions compare part by part, not as strings. */
class VersionTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = ' ', value = {
            "2.10.0 > 2.9",
            "2.9 < 2.10.0",
            "2.4 = 2.4.0",
            "2.4.0.0 = 2.4",
            "v2.4.2 = 2.4.2",
            "V2.4.2 = 2.4.2",
            "2.4.3-rc.1 < 2.4.3",
            "2.4.3 > 2.4.3-rc.1",
            "2.4.3-rc.1 > 2.4.2",
            "2.4.3-rc.1 < 2.4.3-rc.2",
            "2.4.3-rc.2 < 2.4.3-rc.10",
            "2.4.3-alpha < 2.4.3-beta",
            "2.4.3-1 < 2.4.3-alpha",
            "2.4.3-RC.1 = 2.4.3-rc.1",
            "2.4.3-rc = 2.4.3-rc.0",
            "2.4.3-rc-1 = 2.4.3-rc.1",
            "1.0.0+build.5 = 1.0.0",
            "10 > 9",
            "1.2.a > 1.2.9",
            "0.9 < 1",
            "2024.1 > 2023.12.31",
            "3 = 3.0.0"
    })
    void compares(String left, String relation, String right) {
        int c = Integer.signum(Version.parse(left).compareTo(Version.parse(right)));
        assertThat(c).isEqualTo(switch (relation) {
            case "<" -> -1;
            case ">" -> 1;
            default -> 0;
        });
        if (relation.equals("=")) {
            assertThat(Version.parse(left)).isEqualTo(Version.parse(right)).hasSameHashCodeAs(Version.parse(right));
        }
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', value = {
            "''|the version is empty",
            "'   '|the version is empty",
            "latest|the first part 'latest' is not a number",
            "ukendt|the first part 'ukendt' is not a number",
            "v|has no number",
            "2..4|part 2 of the release is empty",
            "2.4.|part 3 of the release is empty",
            "2.4-|nothing follows the '-'",
            "2.4-rc..1|part 2 of the pre-release is empty",
            "2.4_1|part '4_1' contains '_'",
            "2.4 1|part '4 1' contains ' '",
            "1.0+|build metadata",
            "99999999999999999999|too large"
    })
    void explainsWhatDoesNotRead(String text, String message) {
        assertThatThrownBy(() -> Version.parse(text)).isInstanceOf(VersionSyntaxException.class)
                .hasMessageContaining(message);
        assertThat(Version.readable(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2.4.2", "v1", "0.0.1-beta.3", "2024.10"})
    void readsWellFormedVersions(String text) {
        assertThat(Version.readable(text)).isPresent();
        assertThat(Version.parse(text)).hasToString(text);
    }
}
