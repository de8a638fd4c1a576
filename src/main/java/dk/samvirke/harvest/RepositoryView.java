package dk.samvirke.harvest;

import java.time.Instant;
import java.util.List;

/** A product's registered repository with the outcome of its latest harvest. */
public record RepositoryView(String url, String defaultBranch, String lastCommit, Instant lastHarvestedAt,
        String lastState, String lastMessage, List<ReleaseView> releases) {
}
