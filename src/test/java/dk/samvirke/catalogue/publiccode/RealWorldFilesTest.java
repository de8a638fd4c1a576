package dk.samvirke.catalogue.publiccode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Public publiccode.yml files without expectations: nothing may crash or hang, and each gets a verdict. */
class RealWorldFilesTest {

    private final PubliccodeValidator validator = new PubliccodeValidator();

    @Test
    void everyRealWorldFileGetsAVerdict() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(ConformanceCorpus.ROOT.resolve("real-world"))) {
            files = s.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(40);
        int valid = 0;
        for (Path file : files) {
            ValidationResult result = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> validator.validate(Files.readAllBytes(file), file.getParent(), false));
            assertThat(result.valid()).isEqualTo(result.errors().isEmpty());
            assertThat(result.valid()).isEqualTo(result.documentOrNull() != null);
            if (result.valid()) {
                valid++;
            }
            System.out.println("real-world " + file.getFileName() + ": " + (result.valid() ? "valid" : "invalid")
                    + " " + result.errors().stream().map(f -> f.line() + ":" + f.key() + ": " + f.message()).toList());
        }
        System.out.println("real-world: " + valid + "/" + files.size() + " valid offline");
        Path aitema = ConformanceCorpus.ROOT.resolve("real-world/Aitema-gmbh__ratsinformationssystem.yml");
        assertThat(validator.validate(Files.readAllBytes(aitema), aitema.getParent(), false).errors())
                .extracting(Finding::key, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("publiccodeYmlVersion", "wrong type for this field"));
    }
}
