package dk.samvirke.harvest;

import dk.samvirke.organisations.Organisations;
import dk.samvirke.shared.SamvirkeProperties;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One repository's harvest: fetch the mirror, then — only when the default branch moved or the
 * .mailmap changed — count its authors, attribute them to organisations, turn tags into releases
 * and pass on its publiccode.yml. New commits on top of the analysed ones are merged into the
 * stored counts; anything else (a rewritten branch, a new .mailmap) is counted again from scratch.
 */
@Component
class RepositoryHarvester {

    static final String PUBLICCODE = "publiccode.yml";
    private static final int MAX_PUBLICCODE_BYTES = 4 * 1024 * 1024;

    private final HarvestStore store;
    private final Organisations organisations;
    private final FetchPolicy policy;
    private final SamvirkeProperties.Harvest settings;
    private final Path dataDir;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    RepositoryHarvester(HarvestStore store, Organisations organisations, FetchPolicy policy, SamvirkeProperties properties,
            ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.store = store;
        this.organisations = organisations;
        this.policy = policy;
        this.settings = properties.harvest();
        this.dataDir = properties.dataDir();
        this.events = events;
        this.transaction = transaction;
    }

    /** Harvests the repository and answers a one-line summary. */
    String harvest(HarvestStore.RepositoryRow row, JobProgress progress) throws IOException, GitAPIException {
        Deadline deadline = Deadline.after(settings.jobDeadline());
        policy.checkForm(row.url()); // the policy may be stricter now than when the URL was registered
        progress.report(0.02, "Fetching");
        Path directory = Mirror.directory(dataDir, row.productKey(), row.url());
        var budget = new FetchBudget(settings.maxFetchSize().toBytes(), deadline);
        int timeout = (int) Math.max(1, settings.readTimeout().toSeconds());
        Mirror.Fetched fetched = Mirror.update(directory, row.url(), policy, budget, timeout,
                new FetchMonitor(progress, deadline, 0.02, 0.5));
        deadline.check();
        if (fetched.tip() == null) {
            transaction.executeWithoutResult(s -> {
                store.replaceContributions(row.id(), List.of());
                store.replaceReleases(row.id(), List.of());
                store.recordAnalysis(row.id(), null, null, null);
            });
            return "The repository has no branches yet";
        }
        try (Repository repository = Mirror.open(directory)) {
            return analyse(row, repository, fetched, deadline, progress);
        }
    }

    private String analyse(HarvestStore.RepositoryRow row, Repository repository, Mirror.Fetched fetched, Deadline deadline,
            JobProgress progress) throws IOException {
        ObjectId tip = fetched.tip();
        ObjectId mailmapBlob = ContributionAnalysis.mailmapBlob(repository, tip);
        String mailmapName = mailmapBlob == null ? null : mailmapBlob.name();
        var domains = new OrganisationDomains(organisations.findAll());
        var releases = Releases.read(repository);
        byte[] publiccode = publiccode(repository, tip);
        String branch = fetched.branch().replaceFirst("^refs/heads/", "");
        String at = branch + " at " + tip.abbreviate(10).name();

        if (tip.name().equals(row.lastCommit()) && Objects.equals(mailmapName, row.mailmapBlob())) {
            Map<String, Long> moved = new HashMap<>();
            store.contributions(row.id()).forEach((email, stored) -> {
                Long now = domains.organisationOf(email);
                if (!Objects.equals(now, stored.organisationId())) {
                    moved.put(email, now);
                }
            });
            save(row, releases, publiccode, () -> {
                store.updateOrganisations(row.id(), moved);
                store.recordAnalysis(row.id(), branch, tip.name(), mailmapName);
            });
            return "Unchanged since the last harvest: " + at + "; " + releases.size() + " releases";
        }

        progress.report(0.5, "Counting authors");
        Mailmap mailmap = ContributionAnalysis.readMailmap(repository, mailmapBlob);
        ObjectId previous = row.lastCommit() == null ? null : ObjectId.fromString(row.lastCommit());
        boolean incremental = previous != null && Objects.equals(mailmapName, row.mailmapBlob())
                && isAncestor(repository, previous, tip);
        ContributionAnalysis.Progress counting = message -> progress.report(0.7, message);
        Map<String, Contribution> contributions = ContributionAnalysis.analyse(repository, tip,
                incremental ? previous : null, mailmap, deadline, counting);
        int newCommits = contributions.values().stream().mapToInt(Contribution::commits).sum();
        if (incremental) {
            Map<String, Contribution> merged = new HashMap<>();
            store.contributions(row.id()).forEach((email, stored) -> merged.put(email, stored.contribution()));
            contributions.forEach((email, c) -> merged.merge(email, c, Contribution::merge));
            contributions = merged;
        }
        deadline.check();
        progress.report(0.9, "Saving");
        var attributed = contributions.values().stream()
                .map(c -> new HarvestStore.StoredContribution(c, domains.organisationOf(c.email())))
                .toList();
        save(row, releases, publiccode, () -> {
            store.replaceContributions(row.id(), attributed);
            store.recordAnalysis(row.id(), branch, tip.name(), mailmapName);
        });
        int totalCommits = contributions.values().stream().mapToInt(Contribution::commits).sum();
        return "Harvested " + at + ": " + totalCommits + " commits by " + contributions.size() + " authors ("
                + (incremental ? newCommits + " new commits counted" : "counted in full") + "); "
                + releases.size() + " releases" + (publiccode != null ? "; publiccode.yml found" : "");
    }

    /** Stores the results and publishes the publiccode.yml in one transaction, so listeners see a consistent state. */
    private void save(HarvestStore.RepositoryRow row, List<Releases.Release> releases, byte[] publiccode, Runnable writes) {
        transaction.executeWithoutResult(status -> {
            writes.run();
            store.replaceReleases(row.id(), releases);
            if (publiccode != null) {
                events.publishEvent(new PubliccodeFound(row.productKey(), row.url(), publiccode));
            }
        });
    }

    private static byte[] publiccode(Repository repository, ObjectId tip) throws IOException {
        ObjectId blob = ContributionAnalysis.rootBlob(repository, tip, PUBLICCODE);
        if (blob == null) {
            return null;
        }
        var loader = repository.open(blob);
        if (loader.getSize() > MAX_PUBLICCODE_BYTES) {
            throw new HarvestFailure("publiccode.yml is larger than " + MAX_PUBLICCODE_BYTES / (1024 * 1024) + " MB");
        }
        return loader.getCachedBytes(MAX_PUBLICCODE_BYTES);
    }

    private static boolean isAncestor(Repository repository, ObjectId ancestor, ObjectId tip) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.isMergedInto(walk.parseCommit(ancestor), walk.parseCommit(tip));
        } catch (MissingObjectException e) {
            return false;
        }
    }
}
