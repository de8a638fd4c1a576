package dk.samvirke.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The team's {@code shared/} folder (conformance corpora, shapes): beside the checkout in CI
 * ({@code ../shared}), and beside the folder of worktrees when a worktree is one level deeper.
 */
public final class SharedFolder {

    private static final Path ROOT = find();

    private SharedFolder() {
    }

    public static Path resolve(String first, String... more) {
        return ROOT.resolve(Path.of(first, more));
    }

    private static Path find() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (Path dir = start; dir != null && dir.getParent() != null; dir = dir.getParent()) {
            Path candidate = dir.getParent().resolve("shared");
            if (Files.isDirectory(candidate.resolve("conformance"))) {
                return candidate;
            }
        }
        return start.resolveSibling("shared"); // missing: tests that need it say where they looked
    }
}
