package dk.samvirke.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * {@code java -jar samvirke.jar backup FILE} and {@code restore FILE} for the embedded database
 * ({@link EmbeddedBackup}). Only the data source starts: no migration, no search index, no web server. After a
 * restore the search index is removed, and the application rebuilds it at its next start.
 */
public final class BackupCommand {

    public static final String BACKUP = "backup";
    public static final String RESTORE = "restore";
    static final int DONE = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private BackupCommand() {
    }

    /** Only the data source, from the application's own configuration. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(DataSourceAutoConfiguration.class)
    static class DataSourceOnly {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> positional = Arrays.stream(args).skip(1).filter(a -> !a.startsWith("--")).toList();
        if (positional.size() != 1) {
            err.println("usage: java -jar samvirke.jar backup FILE | restore FILE");
            return USAGE;
        }
        Path file = Path.of(positional.get(0));
        String[] springArgs = Arrays.stream(args).skip(1).filter(a -> a.startsWith("--")).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DataSourceOnly.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of("spring.main.banner-mode", "off", "logging.level.root", "WARN"))
                .run(springArgs)) {
            DataSource dataSource = context.getBean(DataSource.class);
            if (BACKUP.equals(args[0])) {
                EmbeddedBackup.backup(dataSource, file);
                out.println("Backed up to " + file.toAbsolutePath().normalize() + " (" + Files.size(file) + " bytes).");
            } else {
                Path previous = EmbeddedBackup.restore(dataSource, file);
                removeSearchIndex(context.getEnvironment().getProperty("samvirke.data-path"), out);
                out.println("Restored from " + file.toAbsolutePath().normalize() + "; what the database held before is in "
                        + previous + ".");
            }
            return DONE;
        } catch (EmbeddedBackup.Refused e) {
            err.println(args[0] + ": " + e.getMessage());
            return FAILED;
        } catch (SQLException | IOException e) {
            err.println(args[0] + " failed: " + e.getMessage());
            return FAILED;
        }
    }

    private static void removeSearchIndex(String dataPath, PrintStream out) throws IOException {
        Path index = dataPath == null ? null : Path.of(dataPath, "index");
        if (index != null && Files.isDirectory(index)) {
            try (Stream<Path> files = Files.walk(index)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
            out.println("Removed the search index; the application rebuilds it at its next start.");
        }
    }
}
