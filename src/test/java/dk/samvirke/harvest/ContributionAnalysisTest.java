package dk.samvirke.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis against the real git CLI: the same authors and counts as git log --use-mailmap. */
class ContributionAnalysisTest {

    @TempDir
    Path temp;

    private TestRepository origin;
    private final FetchPolicy local = new FetchPolicy(true, false, HostResolver.SYSTEM);

    @BeforeEach
    void repository() {
        origin = new TestRepository(temp.resolve("origin"));
        origin.commit("Anne Hansen", "Anne.Hansen@Aarhus.DK", "a.txt")
                .commit("Anne Hansen", "anne.hansen@aarhus.dk", "a.txt")
                .commit("anne", "anne@gmail.com", "a.txt")
                .commit("Bo Berg", "bo@it.aarhus.dk", "b.txt")
                .commit("B. Berg", "BO@IT.AARHUS.DK", "b.txt")
                .commit("Carl", "carl@old-laptop.local", "c.txt")
                .commit("Carl Carlsen", "carl@odense.dk", "c.txt")
                .commit("Dorte", "dorte@magenta.dk", "d.txt")
                .commit("Wrong Name", "dorte@magenta.dk", "d.txt")
                .commit("Eve", "eve@example.com", "e.txt")
                .commit("No Mail", "", "e.txt");
        origin.write(".mailmap", """
                # the four forms, with odd case and spacing
                <anne.hansen@aarhus.dk> <ANNE@gmail.com>
                Bo Berg <bo@it.aarhus.dk>
                Carl Carlsen <carl@odense.dk> <Carl@Old-Laptop.local>
                Dorte Dam <dorte@magenta.dk> wrong name <dorte@magenta.dk>
                  Malformed line without email
                Eve <>
                """);
        origin.git("add", ".mailmap");
        origin.git("commit", "-q", "-m", "mailmap");
        origin.git("tag", "v1.0");
        origin.git("tag", "-a", "v1.1", "-m", "release 1.1");
        // a branch merged in counts; a branch left unmerged does not
        origin.git("checkout", "-q", "-b", "feature");
        origin.commit("Frida", "frida@odense.dk", "f.txt");
        origin.git("checkout", "-q", "main");
        origin.commit("Anne Hansen", "anne.hansen@aarhus.dk", "a2.txt");
        origin.git("merge", "-q", "--no-ff", "-m", "merge feature", "feature");
        origin.git("checkout", "-q", "-b", "unmerged");
        origin.commit("Ghost", "ghost@aarhus.dk", "g.txt");
        origin.git("checkout", "-q", "main");
        origin.git("branch", "-m", "main", "trunk"); // the default branch comes from the remote HEAD, whatever its name
    }

    @Test
    void countsWhatGitLogUseMailmapCounts() throws Exception {
        Path mirror = temp.resolve("mirror");
        var fetched = fetch(mirror);
        assertThat(fetched.branch()).isEqualTo("refs/heads/trunk");

        Map<String, Contribution> analysed = analyse(mirror, fetched.tip(), null);

        assertThat(commitsPerEmail(analysed)).isEqualTo(origin.expectedPerEmail());
        assertThat(analysed).doesNotContainKey("ghost@aarhus.dk");
        assertThat(analysed.get("dorte@magenta.dk").name()).isEqualTo("Dorte Dam");
        assertThat(analysed.get("anne.hansen@aarhus.dk").commits()).isEqualTo(4); // two spellings, the gmail one, a later one
        assertThat(analysed).containsKey(""); // git log shows an author without e-mail too
    }

    @Test
    void newCommitsMergedIntoEarlierCountsEqualAFullCount() throws Exception {
        Path mirror = temp.resolve("mirror");
        ObjectId first = fetch(mirror).tip();
        Map<String, Contribution> before = analyse(mirror, first, null);

        origin.commit("Henrik", "henrik@aarhus.dk", "h.txt").commit("Bo Berg", "Bo@It.Aarhus.dk", "b.txt");
        ObjectId second = fetch(mirror).tip();
        Map<String, Contribution> merged = new HashMap<>(before);
        analyse(mirror, second, first).forEach((email, c) -> merged.merge(email, c, Contribution::merge));

        assertThat(merged).isEqualTo(analyse(mirror, second, null));
        assertThat(commitsPerEmail(merged)).isEqualTo(origin.expectedPerEmail());
    }

    @Test
    void tagsBecomeReleases() throws Exception {
        Path mirror = temp.resolve("mirror");
        fetch(mirror);
        try (Repository repository = Mirror.open(mirror)) {
            assertThat(Releases.read(repository)).extracting(Releases.Release::name).containsExactlyInAnyOrder("v1.0", "v1.1");
            assertThat(Releases.read(repository)).allSatisfy(r -> assertThat(r.commit()).hasSize(40));
        }
    }

    private Mirror.Fetched fetch(Path mirror) throws Exception {
        return Mirror.update(mirror, origin.url(), local, new FetchBudget(Long.MAX_VALUE, Deadline.after(Duration.ofMinutes(1))),
                30, NullProgressMonitor.INSTANCE);
    }

    private Map<String, Contribution> analyse(Path mirror, ObjectId tip, ObjectId exclude) throws Exception {
        try (Repository repository = Mirror.open(mirror)) {
            Mailmap mailmap = ContributionAnalysis.readMailmap(repository, ContributionAnalysis.mailmapBlob(repository, tip));
            return ContributionAnalysis.analyse(repository, tip, exclude, mailmap, Deadline.after(Duration.ofMinutes(1)),
                    message -> { });
        }
    }

    private static Map<String, Integer> commitsPerEmail(Map<String, Contribution> contributions) {
        Map<String, Integer> result = new HashMap<>();
        contributions.forEach((email, c) -> result.put(email, c.commits()));
        return result;
    }
}
