package dk.samvirke.harvest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * The harvest's speed on a large repository (run by {@code bench/harvest/run.sh}; not a test).
 * Times the first mirror clone, the full contributor analysis (mailmap, author counts, organisation
 * attribution) cold and warm, and an unchanged re-harvest: fetch with nothing new, compare the tip
 * and .mailmap, read tags and publiccode.yml, re-check every author's organisation — everything the
 * harvester does for an unchanged repository except its four small database statements.
 */
public final class HarvestBenchmark {

    private HarvestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path origin = Path.of(args[0]);
        Path mirror = Path.of(args[1]);
        String url = origin.toUri().toString();
        var policy = new FetchPolicy(true, false, HostResolver.SYSTEM);
        var domains = new OrganisationDomains(java.util.List.of());

        long start = System.nanoTime();
        Mirror.Fetched fetched = fetch(url, mirror, policy);
        System.out.printf("mirror fetch (clone the first time, else incremental): %.3f s%n", seconds(start));

        Map<String, Contribution> result = null;
        double cold = 0;
        double best = Double.MAX_VALUE;
        for (int run = 1; run <= 5; run++) {
            start = System.nanoTime();
            result = fullAnalysis(mirror, fetched.tip(), domains);
            double t = seconds(start);
            if (run == 1) {
                cold = t;
            }
            best = Math.min(best, t);
            System.out.printf("full analysis run %d: %.3f s (%d authors, %d commits)%n", run, t, result.size(),
                    result.values().stream().mapToInt(Contribution::commits).sum());
        }
        System.out.printf("full analysis: first run in a fresh JVM %.3f s, best %.3f s%n", cold, best);

        double bestUnchanged = Double.MAX_VALUE;
        for (int run = 1; run <= 5; run++) {
            start = System.nanoTime();
            String outcome = unchangedHarvest(url, mirror, policy, fetched.tip(), result, domains);
            double t = seconds(start);
            bestUnchanged = Math.min(bestUnchanged, t);
            System.out.printf("unchanged re-harvest run %d: %.3f s (%s)%n", run, t, outcome);
        }
        System.out.printf("unchanged re-harvest: best %.3f s%n", bestUnchanged);
    }

    private static Mirror.Fetched fetch(String url, Path mirror, FetchPolicy policy) throws Exception {
        return Mirror.update(mirror, url, policy, new FetchBudget(Long.MAX_VALUE, Deadline.after(Duration.ofHours(1))), 600,
                NullProgressMonitor.INSTANCE);
    }

    private static Map<String, Contribution> fullAnalysis(Path mirror, ObjectId tip, OrganisationDomains domains)
            throws Exception {
        try (Repository repository = Mirror.open(mirror)) {
            Mailmap mailmap = ContributionAnalysis.readMailmap(repository, ContributionAnalysis.mailmapBlob(repository, tip));
            var contributions = ContributionAnalysis.analyse(repository, tip, null, mailmap,
                    Deadline.after(Duration.ofHours(1)), message -> { });
            contributions.values().forEach(c -> domains.organisationOf(c.email()));
            return contributions;
        }
    }

    private static String unchangedHarvest(String url, Path mirror, FetchPolicy policy, ObjectId analysedTip,
            Map<String, Contribution> stored, OrganisationDomains domains) throws Exception {
        Mirror.Fetched fetched = fetch(url, mirror, policy);
        try (Repository repository = Mirror.open(mirror)) {
            ObjectId mailmap = ContributionAnalysis.mailmapBlob(repository, fetched.tip());
            int releases = Releases.read(repository).size();
            ContributionAnalysis.rootBlob(repository, fetched.tip(), RepositoryHarvester.PUBLICCODE);
            Map<String, Long> moved = new HashMap<>();
            stored.keySet().forEach(email -> {
                Long organisation = domains.organisationOf(email);
                if (organisation != null) {
                    moved.put(email, organisation);
                }
            });
            boolean unchanged = fetched.tip().equals(analysedTip) && Objects.nonNull(mailmap);
            return (unchanged ? "unchanged" : "CHANGED") + ", " + releases + " releases";
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
