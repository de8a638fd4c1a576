package dk.samvirke.importing;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar samvirke.jar import PATH}: imports a data package into the configured database.
 * Exit codes: 0 imported, 1 rejected (every problem printed, nothing written), 2 wrong usage.
 */
public final class ImportCommand {

    public static final String NAME = "import";
    static final int IMPORTED = 0;
    static final int REJECTED = 1;
    static final int USAGE = 2;

    private final DataPackageImporter importer;
    private final PrintStream out;
    private final PrintStream err;

    ImportCommand(DataPackageImporter importer, PrintStream out, PrintStream err) {
        this.importer = importer;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the command from {@code main}: {@code args} start with {@code import}; arguments that start
     * with {@code --} are Spring properties (such as {@code --spring.datasource.url=…}). Returns the exit code.
     */
    public static int run(Class<?> application, String[] args) {
        List<String> positional = Arrays.stream(args).skip(1).filter(a -> !a.startsWith("--")).toList();
        // Never the demo data: it would be imported beside the package. As a command-line argument it
        // outranks application.properties and the environment, where a default property would not.
        String[] springArgs = Stream.concat(Arrays.stream(args).skip(1)
                        .filter(a -> a.startsWith("--") && !a.startsWith("--samvirke.demo-data")),
                Stream.of("--samvirke.demo-data=false",
                        // The search index may be the running application's, which holds its write lock: the
                        // command leaves it alone, and the application brings it up to date at its next start.
                        "--spring.jpa.properties.hibernate.search.indexing.listeners.enabled=false",
                        "--samvirke.search.index-on-start=false")).toArray(String[]::new);
        if (positional.size() != 1) {
            System.err.println("usage: java -jar samvirke.jar import PATH   (PATH: a data package folder or .zip)");
            return USAGE;
        }
        Path path = Path.of(positional.get(0));
        if (!Files.exists(path)) {
            System.err.println("import: no such file or folder: " + path);
            return USAGE;
        }
        // A command, not a server: no web server, and only warnings in the log so that the progress lines stand out.
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties(Map.of("spring.main.banner-mode", "off",
                        "logging.level.root", "WARN"))
                .run(springArgs)) {
            return new ImportCommand(context.getBean(DataPackageImporter.class), System.out, System.err).execute(path);
        }
    }

    int execute(Path path) {
        out.println("Importing " + path.toAbsolutePath().normalize());
        ImportOutcome outcome = importer.importPackage(path, new ImportProgressListener() {
            @Override
            public void fileRead(String file, int records) {
                out.printf("  read %-20s %7d records%n", file, records);
            }

            @Override
            public void validated(int problems) {
                out.println(problems == 0 ? "  checked: no problems" : "  checked: " + problems + " problems");
            }

            @Override
            public void fileWritten(String file, FileSummary summary) {
                out.printf("  wrote %-19s %7d created, %d updated, %d unchanged%n", file, summary.created(),
                        summary.updated(), summary.unchanged());
            }
        });
        if (outcome instanceof ImportOutcome.Imported imported) {
            out.println(imported.summary().changed() ? "Imported."
                    : "Imported: nothing changed, the database already held this package.");
            return IMPORTED;
        }
        var problems = ((ImportOutcome.Rejected) outcome).problems();
        problems.forEach(problem -> err.println(problem.format()));
        err.println("Rejected: " + problems.size() + " problems; nothing was written.");
        return REJECTED;
    }
}
