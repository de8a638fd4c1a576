package dk.samvirke.importing;

import java.io.ByteArrayOutputStream;
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
 * (the upload endpoint), so entry names that climb out of the package, archives that expand beyond
 * reason and lines longer than any record are refused while inflating, before anything is parsed: a
 * small zip that inflates to one huge line costs a megabyte of memory, not the heap. A file that holds
 * the NUL character (which PostgreSQL cannot store) is named with its line.
 */
final class PackageReader {

    static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;
    static final int DEFAULT_MAX_ENTRIES = 1_000;
    static final int DEFAULT_MAX_LINE_BYTES = 1024 * 1024;

    private final PackageFiles packageFiles;
    private final long maxBytes;
    private final int maxEntries;
    private final int maxLineBytes;

    PackageReader(PackageFiles known, long maxBytes, int maxEntries, int maxLineBytes) {
        this.packageFiles = known;
        this.maxBytes = maxBytes;
        this.maxEntries = maxEntries;
        this.maxLineBytes = maxLineBytes;
    }

    PackageReader(PackageFiles known, long maxBytes, int maxEntries) {
        this(known, maxBytes, maxEntries, DEFAULT_MAX_LINE_BYTES);
    }

    PackageReader(PackageFiles known) {
        this(known, DEFAULT_MAX_BYTES, DEFAULT_MAX_ENTRIES, DEFAULT_MAX_LINE_BYTES);
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
        long total = 0;
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.sorted().toList()) {
                String name = child.getFileName().toString();
                if (Files.isRegularFile(child) && isCsv(name)) {
                    var file = known(name, problems);
                    if (file.isPresent()) {
                        byte[] bytes;
                        try (InputStream in = Files.newInputStream(child)) {
                            bytes = readFile(in, name, label, maxBytes - total, problems);
                        }
                        if (bytes == null) {
                            return Map.of();
                        }
                        total += bytes.length;
                        files.put(file.get(), bytes);
                    }
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
                if (fileName.startsWith(".") || !isCsv(fileName)) {
                    total += skip(zip, maxBytes - total + 1);
                    if (total > maxBytes) {
                        tooLarge(label, problems);
                        return Map.of();
                    }
                    continue;
                }
                byte[] bytes = readFile(zip, fileName, label, maxBytes - total, problems);
                if (bytes == null) {
                    return Map.of();
                }
                total += bytes.length;
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

    /**
     * One file's bytes, or null (with the problem recorded) once the package would pass {@code budget}
     * bytes or a line would pass the line limit. The limits are checked as the bytes arrive.
     */
    private byte[] readFile(InputStream in, String fileName, String label, long budget, Problems problems)
            throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int line = 1;
        long lineBytes = 0;
        int nulLine = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            if (out.size() + (long) n > budget) {
                tooLarge(label, problems);
                return null;
            }
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    line++;
                    lineBytes = 0;
                } else if (++lineBytes > maxLineBytes) {
                    problems.add(fileName, line, null, "the line is longer than " + maxLineBytes / 1024
                            + " KB, which no record of a data package is");
                    return null;
                } else if (buffer[i] == 0 && nulLine == 0) {
                    nulLine = line;
                }
            }
            out.write(buffer, 0, n);
        }
        if (nulLine > 0) {
            problems.add(fileName, nulLine, null, "the line holds the NUL character, which is not text");
            return null;
        }
        return out.toByteArray();
    }

    private static long skip(InputStream in, long most) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long skipped = 0;
        for (int n = in.read(buffer); n > 0 && skipped <= most; n = in.read(buffer)) {
            skipped += n;
        }
        return skipped;
    }

    private void tooLarge(String label, Problems problems) {
        problems.add(label, 0, null, "the package expands to more than " + maxBytes / (1024 * 1024) + " MB; split it");
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

}
