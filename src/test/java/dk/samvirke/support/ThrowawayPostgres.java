package dk.samvirke.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of its own (Debian's {@code pg_createcluster}) on a port of its own, which a fault test
 * may stop and start under the application; never the machine's main server. Made with trust authentication
 * on the loopback address, removed by {@link #close()}.
 */
public final class ThrowawayPostgres implements AutoCloseable {

    private final String version;
    private final String name;
    private final int port;

    private ThrowawayPostgres(String version, String name, int port) {
        this.version = version;
        this.name = name;
        this.port = port;
    }

    /** Whether this machine can make clusters (Debian's PostgreSQL packages, run as root). */
    public static boolean available() {
        return new File("/usr/bin/pg_createcluster").canExecute() && installedVersion() != null
                && "root".equals(System.getProperty("user.name"));
    }

    public static ThrowawayPostgres create(String name, int port) {
        String version = installedVersion();
        var cluster = new ThrowawayPostgres(version, name, port);
        run(true, "pg_dropcluster", version, name, "--stop"); // a leftover of an interrupted run
        run(false, "pg_createcluster", version, name, "-p", String.valueOf(port), "--start", "--",
                "--auth=trust", "--no-sync");
        return cluster;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** A fast shutdown: open connections are cut, as when the server goes away. */
    public void stop() {
        run(false, "pg_ctlcluster", version, name, "stop", "-m", "fast");
    }

    public void start() {
        run(false, "pg_ctlcluster", version, name, "start");
    }

    @Override
    public void close() {
        run(true, "pg_dropcluster", version, name, "--stop");
    }

    private static String installedVersion() {
        String[] versions = new File("/usr/lib/postgresql").list();
        if (versions == null || versions.length == 0) {
            return null;
        }
        Arrays.sort(versions);
        return versions[versions.length - 1];
    }

    private static void run(boolean mayFail, String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            if (process.exitValue() != 0 && !mayFail) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
