package dk.samvirke.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared folder beside the repository ({@code ../shared}: CI and the main checkout), or beside the
 * folder of work trees ({@code ../../shared}) for a git work tree under {@code wt/}.
 */
public final class SharedFolder {

    private SharedFolder() {
    }

    public static Path resolve(String relative) {
        Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path beside = here.resolve("../shared").normalize();
        Path root = Files.isDirectory(beside) ? beside : here.resolve("../../shared").normalize();
        return root.resolve(relative);
    }
}
