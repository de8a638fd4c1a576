package dk.samvirke.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The opensearch profile's test contexts search in a real OpenSearch node instead of the embedded Lucene
 * index: one node for the JVM, started by the first context on the first free port of 9250–9259
 * (transport 9350–9359), with its data under {@code target/opensearch}, closed when the JVM ends.
 * Registered in this source set's {@code META-INF/spring.factories}, so every test context gets it, but
 * only while the profile says so ({@code samvirke.test.search=opensearch}): a build without the profile
 * may find the profile's classes left in {@code target/test-classes}.
 */
public class OpenSearchBackend implements ContextCustomizerFactory {

    private static OpenSearchNode node;

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return "opensearch".equals(System.getProperty("samvirke.test.search")) ? new Customizer() : null;
    }

    static synchronized OpenSearchNode node() {
        if (node == null) {
            try {
                Files.createDirectories(Path.of("target/opensearch"));
                Path home = Files.createTempDirectory(Path.of("target/opensearch"), "node-");
                node = OpenSearchNode.start(home, "9250-9259", "9350-9359");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            OpenSearchNode started = node;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        return node;
    }

    /** The same for every context, so that contexts still share the cache as they do without it. */
    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            String prefix = "spring.jpa.properties.hibernate.search.";
            TestPropertyValues.of(
                    prefix + "backend.type=elasticsearch",
                    prefix + "backend.hosts=" + node().address(),
                    prefix + "backend.version=opensearch:2.19").applyTo(context);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
