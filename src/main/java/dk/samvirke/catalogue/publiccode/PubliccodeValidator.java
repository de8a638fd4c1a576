package dk.samvirke.catalogue.publiccode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Validates publiccode.yml files the way italia/publiccode-parser-go v5 does (standard 0.x read
 * as v0.7): same verdicts, keys, messages and positions, offline unless asked otherwise.
 * Stateless and thread-safe; usable with {@code new} where there is no Spring context (the CLI).
 */
@Component
public class PubliccodeValidator {

    private final NetworkProbe probe;

    public PubliccodeValidator() {
        this(new NetworkProbe());
    }

    PubliccodeValidator(NetworkProbe probe) {
        this.probe = probe;
    }

    /**
     * @param content        the raw file (at most 1 MiB; larger input is an error, not an exception)
     * @param baseDirOrNull  the folder relative asset paths (logo, screenshots, AUTHORS) are resolved
     *                       against; null skips the checks on local files
     * @param network        whether to fetch URLs (reachability, remote logos)
     */
    public ValidationResult validate(byte[] content, Path baseDirOrNull, boolean network) {
        return report(content, baseDirOrNull, network).toResult();
    }

    /** A finding with its severity, in the reference's single mixed order (the CLI prints that order). */
    record Entry(boolean warning, Finding finding) {
    }

    record Report(List<Entry> entries, PubliccodeDocument documentOrNull, Map<String, Object> valuesOrNull) {

        boolean valid() {
            return entries.stream().noneMatch(e -> !e.warning());
        }

        ValidationResult toResult() {
            List<Finding> errors = new ArrayList<>();
            List<Finding> warnings = new ArrayList<>();
            for (Entry e : entries) {
                (e.warning() ? warnings : errors).add(e.finding());
            }
            return new ValidationResult(errors.isEmpty(), errors, warnings, documentOrNull, valuesOrNull);
        }
    }

    Report report(byte[] content, Path baseDirOrNull, boolean network) {
        SafeYamlLoader.Outcome loaded = new SafeYamlLoader().load(content);
        if (loaded.error() != null) {
            return new Report(List.of(new Entry(false, loaded.error())), null, null);
        }
        YamlNode root = loaded.root();
        NodePositions positions = new NodePositions(root);
        VersionCheck.Outcome version = VersionCheck.check(root, positions);
        if (version.error() != null) {
            return new Report(List.of(new Entry(false, version.error())), null, null);
        }
        List<Entry> entries = new ArrayList<>();
        if (version.warning() != null) {
            entries.add(new Entry(true, version.warning()));
        }

        SchemaDecoder.Decoded decoded = new SchemaDecoder().decode(root);
        if (decoded.failure() != null) {
            int line = decoded.failure().line;
            entries.add(new Entry(false, new Finding(positions.keyAtLine(line), decoded.failure().getMessage(), line, 1)));
        }
        Map<String, Object> values = decoded.root();

        Violations violations = new Violations();
        CoreRules.checkHead(values, violations);
        DescriptionRules.check(values, violations);
        SectionRules.check(values, violations);
        new ExternalChecks(new AssetChecks(baseDirOrNull, network, probe), network, probe).check(values, violations);
        for (Violations.Violation v : violations.items()) {
            int[] pos = positions.positionOf(v.key());
            entries.add(new Entry(v.warning(), new Finding(v.key(), v.message(), pos[0], pos[1])));
        }
        boolean valid = entries.stream().allMatch(Entry::warning);
        return new Report(entries, valid ? DocumentMapper.toDocument(values) : null, valid ? values : null);
    }
}
