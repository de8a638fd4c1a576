package dk.samvirke.support;

import java.nio.file.Path;

/** Starts the tests' OpenSearch node by hand (scripts/opensearch.sh) and keeps it until the process is stopped. */
public final class OpenSearchMain {

    private OpenSearchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args.length > 0 ? args[0] : "data/opensearch");
        String port = args.length > 1 ? args[1] : "9200";
        String transport = args.length > 2 ? args[2] : "9300";
        var node = OpenSearchNode.start(home, port, transport);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        System.out.println("OpenSearch 2.19 on http://" + node.address() + " (data in " + home.toAbsolutePath() + ")");
        Thread.currentThread().join();
    }
}
