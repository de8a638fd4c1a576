package dk.samvirke.importing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Per file of the package (in the package's fixed order), what the import created, updated and left unchanged. */
public record ImportSummary(Map<String, FileSummary> files) {

    public ImportSummary {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** False when the package matched the database exactly: a re-import of the same package. */
    public boolean changed() {
        return files.values().stream().anyMatch(FileSummary::changed);
    }
}
