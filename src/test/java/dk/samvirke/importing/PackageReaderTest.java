package dk.samvirke.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageReaderTest {

    private static final byte[] CSV = "key,name,type\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path temp;

    private final Problems problems = new Problems();

    private Map<String, byte[]> readZip(PackageReader reader, Map<String, byte[]> entries) throws IOException {
        return reader.readZip(new ByteArrayInputStream(TestPackages.zip(entries)), "test.zip", problems);
    }

    @Test
    void findsFilesAtTheRootOfAZip() throws IOException {
        var files = readZip(new PackageReader(TestPackages.FILES), Map.of("organisations.csv", CSV, "README.md", new byte[] {1}));
        assertThat(problems.isEmpty()).isTrue();
        assertThat(files).containsOnlyKeys("organisations.csv");
    }

    @Test
    void findsFilesInOneTopFolderOfAZip() throws IOException {
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("export/organisations.csv", CSV);
        entries.put("export/Products.csv", CSV);
        entries.put("__MACOSX/export/._organisations.csv", new byte[] {0});
        var files = readZip(new PackageReader(TestPackages.FILES), entries);
        assertThat(problems.sorted(TestPackages.FILES.names())).isEmpty();
        assertThat(files).containsOnlyKeys("organisations.csv", "products.csv");
    }

    @Test
    void refusesFilesSpreadOverFolders() throws IOException {
        readZip(new PackageReader(TestPackages.FILES), Map.of("a/organisations.csv", CSV, "b/products.csv", CSV));
        assertThat(problems.sorted(TestPackages.FILES.names())).singleElement().satisfies(p -> assertThat(p.message()).contains("several folders"));
    }

    @Test
    void refusesEntriesThatClimbOutOfThePackage() throws IOException {
        readZip(new PackageReader(TestPackages.FILES), Map.of("../organisations.csv", CSV));
        assertThat(problems.sorted(TestPackages.FILES.names())).singleElement().satisfies(p -> assertThat(p.message()).contains("unsafe"));

        Problems absolute = new Problems();
        new PackageReader(TestPackages.FILES).readZip(new ByteArrayInputStream(TestPackages.zip(Map.of("/etc/organisations.csv", CSV))),
                "test.zip", absolute);
        assertThat(absolute.sorted(TestPackages.FILES.names())).singleElement().satisfies(p -> assertThat(p.message()).contains("unsafe"));
    }

    @Test
    void refusesAZipThatExpandsBeyondTheLimit() throws IOException {
        byte[] zeros = new byte[2 * 1024 * 1024]; // compresses to a few kilobytes
        var files = readZip(new PackageReader(TestPackages.FILES, 1024 * 1024, 10), Map.of("organisations.csv", zeros));
        assertThat(files).isEmpty();
        assertThat(problems.sorted(TestPackages.FILES.names())).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("test.zip");
            assertThat(p.message()).contains("expands to more than 1 MB");
        });
    }

    @Test
    void refusesAZipWithTooManyEntries() throws IOException {
        var entries = new LinkedHashMap<String, byte[]>();
        for (int i = 0; i < 11; i++) {
            entries.put("junk" + i + ".txt", new byte[] {1});
        }
        readZip(new PackageReader(TestPackages.FILES, 1024 * 1024, 10), entries);
        assertThat(problems.sorted(TestPackages.FILES.names())).singleElement().satisfies(p -> assertThat(p.message()).contains("more than 10 entries"));
    }

    @Test
    void somethingThatIsNotAZipHoldsNoFiles() throws IOException {
        new PackageReader(TestPackages.FILES).readZip(new ByteArrayInputStream(CSV), "x.zip", problems);
        assertThat(problems.sorted(TestPackages.FILES.names())).singleElement().satisfies(p -> assertThat(p.message()).contains("none of"));
    }

    @Test
    void readsAFolderAndNamesTheKnownFilesForAnUnknownOne() throws IOException {
        Files.write(temp.resolve("people.csv"), CSV);
        Files.write(temp.resolve("persons.csv"), CSV);
        Files.writeString(temp.resolve("expected-statistics.json"), "{}");
        var files = new PackageReader(TestPackages.FILES).read(temp, problems);
        assertThat(files).containsOnlyKeys("people.csv");
        assertThat(problems.sorted(TestPackages.FILES.names())).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("persons.csv");
            assertThat(p.message()).contains("organisations.csv, memberships.csv, products.csv, usages.csv, people.csv, participations.csv");
        });
    }

    @Test
    void readsAZipFileFromDisk() throws IOException {
        Path zip = Files.write(temp.resolve("package.ZIP"), TestPackages.zip(Map.of("usages.csv", CSV)));
        assertThat(new PackageReader(TestPackages.FILES).read(zip, problems)).containsOnlyKeys("usages.csv");
        assertThat(problems.isEmpty()).isTrue();
    }
}
