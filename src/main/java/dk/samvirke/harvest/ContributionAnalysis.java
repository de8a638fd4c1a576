package dk.samvirke.harvest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Who authored the commits reachable from a branch tip, as {@code git log --use-mailmap} names them.
 * Walks only the commit objects (never trees or diffs) and counts raw author lines; the mailmap
 * is applied per distinct author afterwards.
 */
final class ContributionAnalysis {

    static final String MAILMAP = ".mailmap";
    private static final int CHECK_EVERY = 4096;

    private ContributionAnalysis() {
    }

    /**
     * Contributions of the commits reachable from {@code tip} but not from {@code exclude} (null: all
     * of them), keyed by canonical e-mail.
     */
    static Map<String, Contribution> analyse(Repository repository, ObjectId tip, ObjectId exclude, Mailmap mailmap,
            Deadline deadline, Progress progress) throws IOException {
        AuthorTally tally = new AuthorTally();
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            walk.setRetainBody(true);
            walk.markStart(walk.parseCommit(tip));
            if (exclude != null) {
                walk.markUninteresting(walk.parseCommit(exclude));
            }
            int seen = 0;
            for (RevCommit commit; (commit = walk.next()) != null;) {
                tally.add(commit.getRawBuffer());
                commit.disposeBody();
                if (++seen % CHECK_EVERY == 0) {
                    deadline.check();
                    progress.report(seen + " commits read");
                }
            }
        }
        Map<String, Contribution> byEmail = new HashMap<>();
        tally.forEach((name, email, commits, first, last) -> {
            Mailmap.Identity identity = mailmap.map(name, email);
            String canonical = Contribution.canonicalEmail(identity.email());
            var contribution = new Contribution(canonical, Contribution.clip(identity.name()), commits,
                    Instant.ofEpochSecond(first), Instant.ofEpochSecond(last));
            byEmail.merge(canonical, contribution, Contribution::merge);
        });
        return byEmail;
    }

    /** The blob id of {@code .mailmap} at the root of the commit's tree, or null. */
    static ObjectId mailmapBlob(Repository repository, ObjectId commit) throws IOException {
        return rootBlob(repository, commit, MAILMAP);
    }

    static ObjectId rootBlob(Repository repository, ObjectId commit, String name) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit c = walk.parseCommit(commit);
            try (TreeWalk tree = TreeWalk.forPath(repository, name, c.getTree())) {
                return tree == null || tree.getFileMode(0).getObjectType() != Constants.OBJ_BLOB ? null : tree.getObjectId(0);
            }
        }
    }

    static Mailmap readMailmap(Repository repository, ObjectId blob) throws IOException {
        if (blob == null) {
            return Mailmap.EMPTY;
        }
        byte[] bytes = repository.open(blob).getCachedBytes(1024 * 1024);
        return Mailmap.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    @FunctionalInterface
    interface Progress {
        void report(String message);
    }
}
