package dk.samvirke.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import dk.samvirke.support.SharedFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds data packages for tests: folders and zips from file contents given as text. */
final class TestPackages {

    /** The sample package every engineer shares; tests run in the project folder. */
    static final Path SAMPLE = SharedFolder.resolve("data", "sample-package");

    /** The files of the shared sample package: a v1 package. */
    static final List<String> SAMPLE_FILES = List.of("organisations.csv", "products.csv", "usages.csv", "people.csv",
            "participations.csv");

    /** The registry's own files, for tests that read a package without a database (their repositories unused). */
    static final PackageFiles FILES = new PackageFiles(List.of(new OrganisationsFile(null, null),
            new MembershipsFile(null, null), new ProductsFile(null, null, null), new UsagesFile(null, null),
            new PeopleFile(null), new ParticipationsFile(null, null, null)));

    private TestPackages() {
    }

    static Path folder(Path parent, Map<String, String> files) {
        try {
            Path folder = Files.createDirectories(parent.resolve("package-" + System.nanoTime()));
            for (var file : files.entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip whose entries are named exactly as given (folders included in the names). */
    static byte[] zip(Map<String, byte[]> entries) {
        try {
            var bytes = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(bytes)) {
                for (var entry : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    zip.write(entry.getValue());
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportSummary imported(ImportOutcome outcome) {
        assertThat(outcome).as("import outcome").isInstanceOf(ImportOutcome.Imported.class);
        return ((ImportOutcome.Imported) outcome).summary();
    }

    static java.util.List<ImportProblem> rejected(ImportOutcome outcome) {
        assertThat(outcome).as("import outcome").isInstanceOf(ImportOutcome.Rejected.class);
        return ((ImportOutcome.Rejected) outcome).problems();
    }
}
