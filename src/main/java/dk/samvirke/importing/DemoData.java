package dk.samvirke.importing;

import dk.samvirke.catalogue.Products;
import dk.samvirke.history.History;
import dk.samvirke.organisations.Organisations;
import dk.samvirke.shared.KeptWhileRegistryStands;
import dk.samvirke.shared.RegistryVersion;
import dk.samvirke.shared.SamvirkeProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled demo data package (src/main/resources/demo-data, see its README) into an empty
 * database at start, so a newcomer sees a living catalogue. It goes through the ordinary importer:
 * the demo package is held to the same rules as any other.
 */
@Component
public class DemoData implements ApplicationRunner {

    /** The actor the history names for the demo data, which is also how pages know it is shown. */
    public static final String ACTOR = "demo-data";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final SamvirkeProperties properties;
    private final DataPackageImporter importer;
    private final Organisations organisations;
    private final Products products;
    private final History history;
    private final PackageFiles files;
    private final KeptWhileRegistryStands<String, Boolean> shown;

    DemoData(SamvirkeProperties properties, DataPackageImporter importer, Organisations organisations, Products products,
            History history, PackageFiles files, RegistryVersion registryVersion) {
        this.files = files;
        this.shown = new KeptWhileRegistryStands<>(registryVersion, 1);
        this.properties = properties;
        this.importer = importer;
        this.organisations = organisations;
        this.products = products;
        this.history = history;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demoData()) {
            loadIfEmpty();
        }
    }

    /** Loads the demo package when the registry holds no organisation and no product; true if it did. */
    public boolean loadIfEmpty() {
        if (organisations.count() > 0 || products.count() > 0) {
            return false;
        }
        Path folder = copyPackage();
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ACTOR, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            var outcome = importer.importPackage(folder, ImportProgressListener.NONE);
            if (outcome instanceof ImportOutcome.Rejected rejected) {
                rejected.problems().forEach(p -> log.error("Demo data: {}", p.format()));
                throw new IllegalStateException("The bundled demo data package was rejected; see the log");
            }
            log.info("Loaded the demo data (fictional usage and people): {}", ((ImportOutcome.Imported) outcome).summary());
            return true;
        } finally {
            SecurityContextHolder.setContext(previous);
            deleteQuietly(folder);
        }
    }

    /**
     * True when the registry holds the demo data: the history says the demo data loaded it. Every page asks, so
     * the answer is kept while the registry stands (a write on any node raises its version) rather than asked
     * of the database on every page.
     */
    public boolean isShown() {
        return shown.get(ACTOR, () -> history.hasEntriesBy(ACTOR));
    }

    private Path copyPackage() {
        try {
            Path folder = Files.createTempDirectory("samvirke-demo-data");
            for (String file : files.names()) {
                var resource = new ClassPathResource("demo-data/" + file);
                if (resource.exists()) {
                    try (InputStream in = resource.getInputStream()) {
                        Files.copy(in, folder.resolve(file));
                    }
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bundled demo data", e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            log.debug("Could not delete {}", folder, e);
        }
    }
}
