package dk.samvirke.harvest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.TransportHttp;

/**
 * A bare mirror of a remote repository's branches and tags under
 * {@code ${samvirke.data-dir}/git/<product>/<hash of url>}: cloned the first time, fetched
 * incrementally after. Nothing is ever checked out, so no hook, filter or path from the remote
 * touches the file system.
 */
final class Mirror {

    private static final List<RefSpec> REF_SPECS = List.of(
            new RefSpec("+refs/heads/*:refs/heads/*"),
            new RefSpec("+refs/tags/*:refs/tags/*"),
            // no destination: only so the remote advertises HEAD and the branch it points to
            new RefSpec("HEAD"));

    private Mirror() {
    }

    static Path directory(Path dataDir, String productKey, String url) {
        return dataDir.resolve("git").resolve(productKey).resolve(hash(url));
    }

    /** Fetches the remote into the mirror; the answer says which branch is the default and where it points. */
    static Fetched update(Path directory, String url, FetchPolicy policy, FetchBudget budget, int timeoutSeconds,
            ProgressMonitor monitor) throws IOException, GitAPIException {
        Files.createDirectories(directory);
        try (Repository repository = FileRepositoryBuilder.create(directory.toFile())) {
            if (!repository.getObjectDatabase().exists()) {
                repository.create(true);
                var config = repository.getConfig();
                // JGit's automatic gc after a fetch runs inside the job (and its deadline), not on a detached thread
                config.setBoolean("gc", null, "autoDetach", false);
                config.save();
            }
            FetchResult result;
            try (Git git = new Git(repository)) {
                result = budget.during(() -> git.fetch()
                        .setRemote(url)
                        .setRefSpecs(REF_SPECS)
                        .setTagOpt(TagOpt.NO_TAGS)
                        .setRemoveDeletedRefs(true)
                        .setCheckFetchedObjects(true)
                        .setTimeout(timeoutSeconds)
                        .setProgressMonitor(monitor)
                        .setTransportConfigCallback(transport -> {
                            if (!policy.allowsLocal() && !(transport instanceof TransportHttp)) {
                                throw new RefusedUrlException("Only https repositories may be fetched");
                            }
                        })
                        .call());
            }
            String branch = defaultBranch(result, repository);
            if (branch == null) {
                return new Fetched(null, null);
            }
            RefUpdate head = repository.updateRef(Constants.HEAD);
            head.disableRefLog();
            head.link(branch);
            Ref tip = repository.exactRef(branch);
            return new Fetched(branch, tip == null ? null : tip.getObjectId());
        }
    }

    static Repository open(Path directory) throws IOException {
        return FileRepositoryBuilder.create(directory.toFile());
    }

    /** The branch the remote's HEAD names; servers that do not say get the branch HEAD points at. */
    private static String defaultBranch(FetchResult result, Repository repository) throws IOException {
        Ref head = result.getAdvertisedRef(Constants.HEAD);
        if (head != null && head.isSymbolic() && repository.exactRef(head.getTarget().getName()) != null) {
            return head.getTarget().getName();
        }
        Map<String, Ref> branches = repository.getRefDatabase().getRefsByPrefix(Constants.R_HEADS).stream()
                .collect(java.util.stream.Collectors.toMap(Ref::getName, r -> r));
        if (head != null && head.getObjectId() != null) {
            var same = branches.values().stream().filter(r -> head.getObjectId().equals(r.getObjectId()))
                    .map(Ref::getName).sorted(Comparator.comparing(Mirror::preference).thenComparing(n -> n)).findFirst();
            if (same.isPresent()) {
                return same.get();
            }
        }
        return branches.keySet().stream().sorted(Comparator.comparing(Mirror::preference).thenComparing(n -> n))
                .findFirst().orElse(null);
    }

    private static int preference(String branch) {
        return switch (branch) {
            case "refs/heads/main" -> 0;
            case "refs/heads/master" -> 1;
            default -> 2;
        };
    }

    private static String hash(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The default branch (full ref name) and its tip; both null for an empty repository. */
    record Fetched(String branch, ObjectId tip) {
    }
}
