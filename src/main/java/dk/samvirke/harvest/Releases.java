package dk.samvirke.harvest;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;

/** A repository's tags as releases: the name, the commit it marks and when it was made. */
final class Releases {

    private Releases() {
    }

    /** Tags that point (through any annotated tags) at a commit; an annotated tag's date is its tagger's. */
    static List<Release> read(Repository repository) throws IOException {
        List<Release> releases = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                try {
                    RevObject object = walk.parseAny(ref.getObjectId());
                    Instant date = null;
                    if (object instanceof RevTag tag && tag.getTaggerIdent() != null) {
                        date = tag.getTaggerIdent().getWhenAsInstant();
                    }
                    RevObject target = walk.peel(object);
                    if (!(target instanceof RevCommit commit)) {
                        continue;
                    }
                    walk.parseHeaders(commit);
                    if (date == null) {
                        date = commit.getCommitterIdent().getWhenAsInstant();
                    }
                    String name = ref.getName().substring(Constants.R_TAGS.length());
                    releases.add(new Release(Contribution.clip(name.length() > 500 ? name.substring(0, 500) : name),
                            commit.name(), date));
                } catch (MissingObjectException e) {
                    // a tag whose object was not fetched is no release
                }
            }
        }
        return releases;
    }

    record Release(String name, String commit, Instant date) {
    }
}
