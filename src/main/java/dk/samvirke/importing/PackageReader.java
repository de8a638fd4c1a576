package dk.samvirke.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Finds the CSV files of a data package in a folder or a {@code .zip}. A zip comes from strangers
 * (the upload endpoint), so entry names that climb out of the package and archives that expand
 * beyond reason are refused before anything is parsed.
 */
final class PackageReader {

    static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;
    static final int DEFAULT_MAX_ENTRIES = 1_000;

    private final PackageFiles packageFiles;
    private final long maxBytes;
    private final int maxEntries;

    PackageReader(PackageFiles known, long maxBytes, int maxEntries) {
        this.packageFiles = known;
        this.maxBytes = maxBytes;
        this.maxEntries = maxEntries;
    }

    PackageReader(PackageFiles known) {
        this(known, DEFAULT_MAX_BYTES, DEFAULT_MAX_ENTRIES);
    }

    /** The package's files by their name (as {@link PackageFiles} spells it). */
    Map<String, byte[]> read(Path path, Problems problems) throws IOException {
        String label = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (Files.isDirectory(path)) {
            return readFolder(path, label, problems);
        }
        if (Files.isRegularFile(path) && label.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            try (InputStream in = Files.newInputStream(path)) {
                return readZip(in, label, problems);
            }
        }
        problems.add(label, 0, null, Files.exists(path) ? "a data package is a folder or a .zip file"
                : "no such file or folder: " + path);
        return Map.of();
    }

    private Map<String, byte[]> readFolder(Path folder, String label, Problems problems) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.sorted().toList()) {
                String name = child.getFileName().toString();
                if (Files.isRegularFile(child) && isCsv(name)) {
                    known(name, problems).ifPresent(file -> files.put(file, readBytes(child)));
                }
            }
        }
        return requireSome(files, label, problems);
    }

    Map<String, byte[]> readZip(InputStream in, String label, Problems problems) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, String> folders = new HashMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > maxEntries) {
                    problems.add(label, 0, null, "the zip file holds more than " + maxEntries + " entries");
                    return Map.of();
                }
                String name = entry.getName().replace('\\', '/');
                if (isUnsafe(name)) {
                    problems.add(label, 0, null, "the zip file holds an entry with an unsafe name: " + entry.getName());
                    return Map.of();
                }
                if (entry.isDirectory() || name.startsWith("__MACOSX/")) {
                    continue;
                }
                int slash = name.lastIndexOf('/');
                String folder = slash < 0 ? "" : name.substring(0, slash);
                String fileName = name.substring(slash + 1);
                byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes - total + 1));
                total += bytes.length;
                if (total > maxBytes) {
                    problems.add(label, 0, null, "the zip file expands to more than " + maxBytes / (1024 * 1024)
                            + " MB; split the package");
                    return Map.of();
                }
                if (fileName.startsWith(".") || !isCsv(fileName)) {
                    continue;
                }
                if (folder.contains("/")) {
                    problems.add(label, 0, null, "CSV files must be at the top of the zip file or in one folder: " + name);
                    continue;
                }
                var file = known(fileName, problems);
                if (file.isPresent() && files.containsKey(file.get())) {
                    problems.add(label, 0, null, "the zip file holds " + file.get() + " twice");
                } else if (file.isPresent()) {
                    folders.put(file.get(), folder);
                    files.put(file.get(), bytes);
                }
            }
        } catch (ZipException e) {
            problems.add(label, 0, null, "not a readable zip file: " + e.getMessage());
            return Map.of();
        }
        if (folders.values().stream().distinct().count() > 1) {
            problems.add(label, 0, null, "the CSV files are spread over several folders of the zip file; put them in one");
        }
        return requireSome(files, label, problems);
    }

    /** Absolute paths, drive letters and {@code ..} segments could write or read outside the package. */
    private static boolean isUnsafe(String name) {
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*") || name.indexOf('\0') >= 0) {
            return true;
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCsv(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** File names are matched without regard to case: spreadsheet users on Windows rarely see the difference. */
    private java.util.Optional<String> known(String name, Problems problems) {
        var file = packageFiles.byName(name).map(PackageFile::name);
        if (file.isEmpty()) {
            problems.add(name, 0, null, "unknown file; a data package holds " + packageFiles.list());
        }
        return file;
    }

    private Map<String, byte[]> requireSome(Map<String, byte[]> files, String label, Problems problems) {
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(label, 0, null, "the package holds none of " + packageFiles.list());
        }
        return files;
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
