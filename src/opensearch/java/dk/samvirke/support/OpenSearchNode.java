package dk.samvirke.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.transport.Netty4Plugin;

/**
 * A real OpenSearch 2.19 node in this JVM, from Maven Central's server artifacts: the HTTP and transport
 * layers (Netty 4), the analysis the search module needs (analysis-common: stemmers, folding, n-grams,
 * decompounding) and {@code _delete_by_query} (reindex), which every OpenSearch distribution bundles as
 * modules. One node, its own cluster, on loopback only.
 */
public final class OpenSearchNode implements AutoCloseable {

    private final Node node;
    private final String address;

    private OpenSearchNode(Node node) {
        this.node = node;
        this.address = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().toString();
    }

    /**
     * Starts a node whose data lives in {@code home}; {@code httpPorts} and {@code transportPorts} are a
     * port or a range ({@code 9250-9259}): the first free one is taken.
     */
    public static OpenSearchNode start(Path home, String httpPorts, String transportPorts) {
        // Netty's processor count is set once per JVM; OpenSearch would set it again and fail.
        System.setProperty("opensearch.set.netty.runtime.available.processors", "false");
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Settings settings = Settings.builder()
                .put("cluster.name", "samvirke")
                .put("node.name", "samvirke-search")
                .put("path.home", home.toAbsolutePath().toString())
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPorts)
                .put("transport.port", transportPorts)
                // A nearly full disk on a developer's machine must not make the indexes read-only.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        Node node = new PluginNode(settings);
        try {
            node.start();
        } catch (NodeValidationException e) {
            throw new IllegalStateException("OpenSearch did not start", e);
        }
        return new OpenSearchNode(node);
    }

    /** {@code host:port} of the HTTP layer, as Hibernate Search's {@code backend.hosts} takes it. */
    public String address() {
        return address;
    }

    @Override
    public void close() throws IOException {
        node.close();
    }

    /** A node with plugins from the class path: the public constructor only loads plugins from the plugins folder. */
    private static final class PluginNode extends Node {

        PluginNode(Settings settings) {
            super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "samvirke-search"),
                    List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class), true);
        }
    }
}
