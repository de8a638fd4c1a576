package dk.samvirke.catalogue.publiccode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Runs every case of the shared corpus offline and compares with the reference parser's
 * expectations. Messages worded by the reference's YAML library (syntax errors, "wrong type"
 * and what follows a decoding failure) are compared by key and position only.
 */
class ConformanceTest {

    private final PubliccodeValidator validator = new PubliccodeValidator();

    @Test
    void agreesWithTheReferenceParser() throws IOException {
        List<ConformanceCorpus.Case> cases = ConformanceCorpus.cases();
        assertThat(cases).hasSize(333);
        List<String> verdictMismatches = new ArrayList<>();
        List<String> keyMismatches = new ArrayList<>();
        List<String> messageMismatches = new ArrayList<>();
        int keysEqual = 0;
        int messagesCompared = 0;
        int messagesEqual = 0;
        int libraryCases = 0;
        int libraryCasesFullyEqual = 0;
        for (ConformanceCorpus.Case c : cases) {
            PubliccodeValidator.Report report = validator.report(Files.readAllBytes(c.file()), c.file().getParent(), false);
            List<ConformanceCorpus.Expected> actual = ConformanceCorpus.actual(report);
            String verdict = report.valid() ? "valid" : "invalid";
            if (!verdict.equals(c.offlineVerdict())) {
                verdictMismatches.add(c.path() + ": " + verdict + " " + actual);
            }
            if (keys(actual).equals(keys(c.offlineResults()))) {
                keysEqual++;
            } else {
                keyMismatches.add(c.path() + "\n    expected " + c.offlineResults() + "\n    actual   " + actual);
            }
            if (!libraryWorded(c.offlineResults())) {
                messagesCompared++;
                if (actual.equals(c.offlineResults())) {
                    messagesEqual++;
                } else {
                    messageMismatches.add(c.path() + "\n    expected " + c.offlineResults() + "\n    actual   " + actual);
                }
            } else {
                libraryCases++;
                if (actual.equals(c.offlineResults())) {
                    libraryCasesFullyEqual++;
                } else {
                    System.out.println("LIBRARY-WORDED " + c.path() + "\n    expected " + c.offlineResults()
                            + "\n    actual   " + actual);
                }
            }
        }
        System.out.printf("publiccode conformance: verdicts %d/%d, keys %d/%d, messages+positions %d/%d%n",
                cases.size() - verdictMismatches.size(), cases.size(), keysEqual, cases.size(), messagesEqual,
                messagesCompared);
        System.out.printf("library-worded cases (compared by key): %d, of which fully equal anyway: %d%n", libraryCases,
                libraryCasesFullyEqual);
        verdictMismatches.forEach(m -> System.out.println("VERDICT " + m));
        keyMismatches.forEach(m -> System.out.println("KEYS " + m));
        messageMismatches.forEach(m -> System.out.println("MESSAGE " + m));

        assertThat(verdictMismatches).as("verdict mismatches").isEmpty();
        assertThat(keysEqual).as("cases with equal keys").isGreaterThanOrEqualTo((int) Math.ceil(cases.size() * 0.95));
        assertThat(messageMismatches).as("message mismatches").isEmpty();
    }

    private static List<String> keys(List<ConformanceCorpus.Expected> results) {
        return results.stream().map(r -> r.type() + ":" + r.key()).toList();
    }

    private static boolean libraryWorded(List<ConformanceCorpus.Expected> results) {
        return results.stream().anyMatch(r -> r.message().equals(SchemaDecoder.WRONG_TYPE)
                || (r.key().isEmpty() && r.line() > 0));
    }
}
