package dk.samvirke.importing;

import java.util.List;

/** The result of importing a data package: either everything was written, or nothing was and here is why. */
public sealed interface ImportOutcome {

    /** The package was valid and written in one transaction. */
    record Imported(ImportSummary summary) implements ImportOutcome {
    }

    /** The package was rejected and nothing was written; every problem found, in file and line order. */
    record Rejected(List<ImportProblem> problems) implements ImportOutcome {

        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}
