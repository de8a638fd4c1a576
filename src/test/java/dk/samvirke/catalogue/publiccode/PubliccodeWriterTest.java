package dk.samvirke.catalogue.publiccode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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
    void writtenDocumentValidatesAndReadsBackTheSame(Path file) throws IOException {
        ValidationResult original = validator.validate(Files.readAllBytes(file), file.getParent(), false);
        assertThat(original.documentOrNull()).as("document of %s", file).isNotNull();

        String yaml = writer.write(original.documentOrNull());
        ValidationResult reread = validator.validate(yaml.getBytes(StandardCharsets.UTF_8), file.getParent(), false);

        assertThat(reread.errors()).as(yaml).isEmpty();
        assertThat(reread.documentOrNull()).isEqualTo(original.documentOrNull());
    }
}
