package dk.samvirke.catalogue.publiccode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Untrusted input must end quickly in an error, never in a crash, a hang or an OutOfMemoryError. */
class HostileInputTest {

    private static final Duration LIMIT = Duration.ofSeconds(5);

    private final PubliccodeValidator validator = new PubliccodeValidator();

    private ValidationResult validate(byte[] content) {
        return assertTimeoutPreemptively(LIMIT, () -> validator.validate(content, null, false));
    }

    private ValidationResult validate(String content) {
        return validate(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void billionLaughs() {
        StringBuilder yaml = new StringBuilder("publiccodeYmlVersion: \"0\"\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = c;
        }
        ValidationResult result = validate(yaml.toString());
        assertThat(result.valid()).isFalse();
        assertThat(result.errors()).first().extracting(Finding::message).asString().contains("alias");
    }

    @Test
    void manyAliasesOfOneScalar() {
        StringBuilder yaml = new StringBuilder("publiccodeYmlVersion: \"0\"\nname: &n Medusa\nplatforms:\n");
        for (int i = 0; i < 10_000; i++) {
            yaml.append("  - *n\n");
        }
        ValidationResult result = validate(yaml.toString());
        assertThat(result.valid()).isFalse();
        assertThat(result.errors()).extracting(Finding::message).anyMatch(m -> m.contains("aliases"));
    }

    @Test
    void javaSpecificTags() {
        ValidationResult result = validate("publiccodeYmlVersion: \"0\"\nname: !!java/object:java.lang.ProcessBuilder [\"sh\"]\n");
        assertThat(result.valid()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("unsupported YAML tag !!java/object:java.lang.ProcessBuilder");
            assertThat(f.line()).isEqualTo(2);
        });
    }

    @Test
    void localTags() {
        ValidationResult result = validate("publiccodeYmlVersion: \"0\"\nname: !custom value\n");
        assertThat(result.errors()).singleElement().extracting(Finding::message).asString().contains("!custom");
    }

    @Test
    void filesOfManyMegabytes() {
        byte[] content = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(content, (byte) 'a');
        ValidationResult result = validate(content);
        assertThat(result.valid()).isFalse();
        assertThat(result.errors()).singleElement().extracting(Finding::message).asString().startsWith("file too large");
    }

    @Test
    void deepBlockNesting() {
        String yaml = "publiccodeYmlVersion: \"0\"\nname:\n" + "- ".repeat(5000) + "x\n";
        ValidationResult result = validate(yaml);
        assertThat(result.valid()).isFalse();
        assertThat(result.errors()).singleElement().extracting(Finding::message).asString().contains("nested");
    }

    @Test
    void deepFlowNesting() {
        String yaml = "publiccodeYmlVersion: \"0\"\nname: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        ValidationResult result = validate(yaml);
        assertThat(result.valid()).isFalse();
        assertThat(result.errors()).isNotEmpty();
    }

    @Test
    void invalidUtf8() {
        byte[] content = "publiccodeYmlVersion: \"0\"\nname: M\u00e9dusa\n".getBytes(StandardCharsets.ISO_8859_1);
        ValidationResult result = validate(content);
        assertThat(result.errors()).containsExactly(new Finding("", "Invalid UTF-8", 0, 0));
    }

    @Test
    void emptyAndNonMappingDocuments() {
        assertThat(validate("").errors()).extracting(Finding::key).containsExactly("publiccodeYmlVersion");
        assertThat(validate("- a\n- b\n").errors()).extracting(Finding::key).containsExactly("publiccodeYmlVersion");
        assertThat(validate("just a string").valid()).isFalse();
    }

    @Test
    void multipleDocuments() {
        ValidationResult result = validate("publiccodeYmlVersion: \"0\"\n---\nname: x\n");
        assertThat(result.errors()).extracting(Finding::message)
                .containsExactly("multiple YAML documents in one file are not supported");
    }

    @Test
    void duplicateKeysAndBrokenSyntax() {
        assertThat(validate("publiccodeYmlVersion: \"0\"\nname: a\nname: b\n").valid()).isFalse();
        ValidationResult broken = validate("publiccodeYmlVersion: \"0\"\nname: [unclosed\n");
        assertThat(broken.valid()).isFalse();
        assertThat(broken.errors()).singleElement().extracting(Finding::key).isEqualTo("");
    }

    @Test
    void binaryGarbage() {
        byte[] content = new byte[100_000];
        new java.util.Random(42).nextBytes(content);
        assertThat(validate(content).valid()).isFalse();
    }
}
