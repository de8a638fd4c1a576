package dk.samvirke.catalogue.publiccode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PubliccodeWriterTest {

    private final PubliccodeValidator validator = new PubliccodeValidator();
    private final PubliccodeWriter writer = new PubliccodeWriter();

    static Stream<Path> validFiles() throws IOException {
        try (Stream<Path> files = Files.walk(ConformanceCorpus.ROOT.resolve("valid/v0"))) {
            return files.filter(p -> p.toString().endsWith(".yml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("validFiles")
    void everyKeyIsWrittenAndReadsBackTheSame(Path file) throws IOException {
        ValidationResult original = validator.validate(Files.readAllBytes(file), file.getParent(), false);
        assertThat(original.valuesOrNull()).as("values of %s", file).isNotNull();

        String yaml = writer.write(original.valuesOrNull());
        ValidationResult reread = validator.validate(yaml.getBytes(StandardCharsets.UTF_8), file.getParent(), false);

        assertThat(reread.errors()).as(yaml).isEmpty();
        // the same warnings (deprecated keys, old versions), at the places the written file has them
        assertThat(reread.warnings()).extracting(Finding::key, Finding::message)
                .isEqualTo(original.warnings().stream().map(w -> org.assertj.core.groups.Tuple.tuple(w.key(), w.message()))
                        .toList());
        assertThat(reread.valuesOrNull()).isEqualTo(original.valuesOrNull());
        assertThat(reread.documentOrNull()).isEqualTo(original.documentOrNull());
    }

    @Test
    void theNewestKeysAreTyped() throws IOException {
        Path file = ConformanceCorpus.ROOT.resolve("valid/v0/valid/valid_with_fundedBy_with_uri_url.yml");
        PubliccodeDocument doc = validator.validate(Files.readAllBytes(file), file.getParent(), false).documentOrNull();
        assertThat(doc.fundedBy()).isNotEmpty();
        assertThat(doc.fundedBy()).allSatisfy(o -> assertThat(o.uri()).startsWith("http"));
        Path withOrganisation = ConformanceCorpus.ROOT.resolve("valid/v0/valid/valid_with_organisation_with_uri_url.yml");
        assertThat(validator.validate(Files.readAllBytes(withOrganisation), withOrganisation.getParent(), false)
                .documentOrNull().organisation().uri()).startsWith("http");
    }

    @Test
    void longTextIsALiteralBlockAndNumbersLikeStringsStayStrings() {
        String yaml = writer.write(Map.of("publiccodeYmlVersion", "0", "softwareVersion", "1.10",
                "description", Map.of("en", Map.of("longDescription", "First line.\nSecond line.\n"))));
        assertThat(yaml).contains("longDescription: |").contains("softwareVersion: '1.10'");
    }
}
