package dk.samvirke.harvest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** A real git repository made with the git CLI, and what {@code git log --use-mailmap} says about it. */
final class TestRepository {

    private final Path dir;
    private int tick;

    TestRepository(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        git("init", "-q", "-b", "main");
        git("config", "user.name", "Committer");
        git("config", "user.email", "committer@example.org");
        git("config", "commit.gpgsign", "false");
        git("config", "tag.gpgsign", "false");
    }

    String url() {
        return dir.toUri().toString();
    }

    Path dir() {
        return dir;
    }

    /** One commit by the given author, changing {@code file}. */
    TestRepository commit(String name, String email, String file) {
        write(file, "change " + (++tick) + "\n");
        git("add", "-A");
        String date = (1_600_000_000L + tick * 86_400L) + " +0200";
        run(Map.of("GIT_AUTHOR_NAME", name, "GIT_AUTHOR_EMAIL", email, "GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date),
                "git", "commit", "-q", "-m", "change " + tick);
        return this;
    }

    TestRepository write(String file, String content) {
        try {
            Path path = dir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    String git(String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        return run(Map.of(), command.toArray(String[]::new));
    }

    /** Commits and distinct people per organisation as git log --use-mailmap sees them, e-mail lower-cased. */
    Map<String, Figures> expected(Function<String, String> organisationOfEmail) {
        Map<String, Integer> commits = new HashMap<>();
        Map<String, Set<String>> people = new HashMap<>();
        for (String line : lines(git("log", "--use-mailmap", "--format=%aN|%aE"))) {
            String email = line.substring(line.lastIndexOf('|') + 1).toLowerCase(Locale.ROOT);
            String organisation = String.valueOf(organisationOfEmail.apply(email));
            commits.merge(organisation, 1, Integer::sum);
            people.computeIfAbsent(organisation, k -> new HashSet<>()).add(email);
        }
        Map<String, Figures> result = new HashMap<>();
        commits.forEach((organisation, n) -> result.put(organisation, new Figures(people.get(organisation).size(), n)));
        return result;
    }

    /** Commits per lower-cased e-mail as git log --use-mailmap sees them. */
    Map<String, Integer> expectedPerEmail() {
        Map<String, Integer> commits = new HashMap<>();
        for (String line : lines(git("log", "--use-mailmap", "--format=%aE"))) {
            commits.merge(line.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return commits;
    }

    /** One entry per line, empty lines included (an author without e-mail prints one). */
    private static List<String> lines(String output) {
        if (output.isEmpty()) {
            return List.of();
        }
        String trimmed = output.endsWith("\n") ? output.substring(0, output.length() - 1) : output;
        return List.of(trimmed.split("\n", -1));
    }

    private String run(Map<String, String> env, String... command) {
        try {
            var builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
            builder.environment().put("HOME", dir.toString()); // no user config of the machine running the tests
            builder.environment().putAll(env);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Figures(int people, int commits) {
    }
}
