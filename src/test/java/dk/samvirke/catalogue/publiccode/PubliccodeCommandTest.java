package dk.samvirke.catalogue.publiccode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PubliccodeCommandTest {

    private static final Path CORPUS = ConformanceCorpus.ROOT;

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    private int run(String... args) {
        return PubliccodeCommand.run(args, out);
    }

    private String output() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validFileExitsZero() {
        String file = CORPUS.resolve("valid/v0/valid/valid.yml").toString();
        assertThat(run("validate", "--no-network", file)).isZero();
        assertThat(output()).isEqualTo(file + ": valid\n");
    }

    @Test
    void warningsAreListedButKeepTheFileValid() {
        String file = CORPUS.resolve("valid/v0/valid_with_warnings/valid.minimal.v0.2.yml").toString();
        assertThat(run("validate", "--no-network", file)).isZero();
        assertThat(output()).isEqualTo(file + ": valid\n" + file + ":1:1: warning: publiccodeYmlVersion: "
                + "v0.2 is not the latest version, use '0'. Parsing this file as v0.7.\n");
    }

    @Test
    void invalidFileExitsOneAndUsesTheReferenceFormat() {
        String file = CORPUS.resolve("invalid/v0/invalid/categories_invalid.yml").toString();
        assertThat(run("validate", "--no-network", file)).isEqualTo(1);
        assertThat(output()).isEqualTo(file + ": invalid\n" + file + ":13:5: error: categories[0]: categories[0] must "
                + "be a valid category (see https://github.com/publiccodeyml/publiccode.yml/blob/main/docs/standard/"
                + "categories-list.rst)\n");
    }

    @Test
    void emptyKeyIsLeftOut() {
        String file = CORPUS.resolve("invalid/v0/invalid/file_encoding.yml").toString();
        assertThat(run("validate", "--no-network", file)).isEqualTo(1);
        assertThat(output()).isEqualTo(file + ": invalid\n" + file + ":0:0: error: Invalid UTF-8\n");
    }

    @Test
    void relativeFileNamesArePrintedAsGivenAndAssetsResolveAgainstTheirFolder(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectories(dir.resolve("repo"));
        Files.copy(CORPUS.resolve("invalid/v0/invalid/logo_missing_file.yml"), sub.resolve("publiccode.yml"));
        Path cwd = Path.of("").toAbsolutePath();
        String relative = cwd.relativize(sub.resolve("publiccode.yml")).toString();
        assertThat(run("validate", "--no-network", relative)).isEqualTo(1);
        assertThat(output()).isEqualTo(relative + ": invalid\n" + relative + ":18:1: error: logo: no such file: "
                + sub.toAbsolutePath().normalize().resolve("no_such_file.png") + "\n");
    }

    @Test
    void severalFilesExitOneIfAnyIsInvalid() {
        String valid = CORPUS.resolve("valid/v0/valid/valid.minimal.yml").toString();
        String invalid = CORPUS.resolve("invalid/v0/invalid/name_missing.yml").toString();
        assertThat(run("validate", "--no-network", valid, invalid)).isEqualTo(1);
        assertThat(output()).startsWith(valid + ": valid\n" + invalid + ": invalid\n");
    }

    @Test
    void missingFileIsAnInvalidResultNotAStackTrace(@TempDir Path dir) {
        String file = dir.resolve("nope.yml").toString();
        assertThat(run("validate", "--no-network", file)).isEqualTo(1);
        assertThat(output()).isEqualTo(file + ": invalid\n" + file + ":0:0: error: can't open file '" + file
                + "': no such file\n");
    }

    @Test
    void directoryIsAnInvalidResult(@TempDir Path dir) {
        assertThat(run("validate", "--no-network", dir.toString())).isEqualTo(1);
        assertThat(output()).startsWith(dir + ": invalid\n").doesNotContain("Exception");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("check", "a.yml")).isEqualTo(2);
        assertThat(run("validate")).isEqualTo(2);
        assertThat(run("validate", "--no-network")).isEqualTo(2);
        assertThat(run("validate", "--bogus", "a.yml")).isEqualTo(2);
        assertThat(output()).contains(PubliccodeCommand.USAGE);
    }

    @Test
    void networkIsOnByDefaultButAnUnreachableHostIsAFindingNotACrash() throws IOException {
        NetworkProbe offline = new NetworkProbe() {
            @Override
            String unreachableReason(String url) {
                return "HTTP GET failed for " + url + ": no route to host";
            }
        };
        String file = CORPUS.resolve("valid/v0/valid/valid.minimal.yml").toString();
        int code = PubliccodeCommand.run(new String[] {"validate", file}, out, new PubliccodeValidator(offline));
        assertThat(code).isEqualTo(1);
        assertThat(output()).contains("error: url: 'https://github.com/italia/developers.italia.it.git' not reachable: "
                + "HTTP GET failed for https://github.com/italia/developers.italia.it.git: no route to host");
    }
}
