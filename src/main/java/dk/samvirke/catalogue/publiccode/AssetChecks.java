package dk.samvirke.catalogue.publiccode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Files a publiccode.yml points at (logo, screenshots, AUTHORS): relative paths are resolved
 * against the file's folder and must exist; URLs are only fetched when network checks are on.
 * Messages name the absolute path, as the reference does.
 */
final class AssetChecks {

    /** The reference temporarily accepts 120px although the standard asks for 1000px. */
    static final int MIN_LOGO_WIDTH = 120;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final Path baseDir;
    private final boolean network;
    private final NetworkProbe probe;

    AssetChecks(Path baseDir, boolean network, NetworkProbe probe) {
        this.baseDir = baseDir == null ? null : baseDir.toAbsolutePath().normalize();
        this.network = network;
        this.probe = probe;
    }

    /** Absolute paths and file: URLs are refused before anything else is looked at. */
    static String notRelativeOrUrl(String value) {
        if (value.startsWith("/")) {
            return "is an absolute path. Only relative paths or HTTP(s) URLs allowed";
        }
        if (value.startsWith("file:")) {
            return "is a file:// URL. Only relative paths or HTTP(s) URLs allowed";
        }
        return null;
    }

    /** Null when the logo is fine, else the message. */
    String logoProblem(String logo) {
        Target target = resolve(logo);
        if (target == null) {
            return null;
        }
        if (!hasExtension(target.path(), List.of(".svg", ".svgz", ".png"))) {
            return "invalid file extension for: " + target.display();
        }
        String missing = existenceProblem(target);
        if (missing != null || target.file() == null) {
            return missing;
        }
        if (target.path().toLowerCase(Locale.ROOT).endsWith(".png")) {
            return pngWidthProblem(target);
        }
        return null;
    }

    /** Null when the screenshot is fine, else the reason (the caller words the finding). */
    String imageProblem(String screenshot) {
        Target target = resolve(screenshot);
        if (target == null) {
            return null;
        }
        if (!hasExtension(target.path(), List.of(".jpg", ".png"))) {
            return "invalid file extension for: " + target.display();
        }
        return existenceProblem(target);
    }

    /** Null when the file exists (or cannot be checked), else the reason; {@code display} receives the name. */
    String fileProblem(String value, StringBuilder display) {
        Target target = resolve(value);
        if (target == null) {
            return null;
        }
        display.append(target.display());
        return existenceProblem(target);
    }

    private record Target(Path file, String url, String path, String display) {
    }

    private Target resolve(String value) {
        try {
            GoUrl url = GoUrl.parseRequestUri(value);
            if (!url.scheme().isEmpty()) {
                return new Target(null, value, url.path(), value);
            }
        } catch (GoUrl.Invalid ignored) {
            // not an absolute URL: a path relative to the file's folder
        }
        if (baseDir == null) {
            // Without a folder (e.g. an uploaded text) relative files cannot be looked at.
            return null;
        }
        Path file = baseDir.resolve(value).normalize();
        return new Target(file, null, file.toString(), file.toString());
    }

    private String existenceProblem(Target target) {
        if (target.file() != null) {
            return Files.exists(target.file()) ? null : "no such file: " + target.display();
        }
        return network ? probe.unreachableReason(target.url()) : null;
    }

    private static String pngWidthProblem(Target target) {
        try (InputStream in = Files.newInputStream(target.file())) {
            byte[] header = in.readNBytes(24);
            if (header.length < PNG_SIGNATURE.length || !startsWithSignature(header)) {
                return "image: unknown format";
            }
            if (header.length < 24 || header[12] != 'I' || header[13] != 'H' || header[14] != 'D' || header[15] != 'R') {
                return header.length < 24 ? "unexpected EOF" : "png: invalid format: chunk out of order";
            }
            long width = ((header[16] & 0xffL) << 24) | ((header[17] & 0xff) << 16)
                    | ((header[18] & 0xff) << 8) | (header[19] & 0xff);
            if (width < MIN_LOGO_WIDTH) {
                return "invalid image size of " + width + " (min " + MIN_LOGO_WIDTH + "px of width): " + target.display();
            }
            return null;
        } catch (IOException e) {
            return "open " + target.display() + ": " + e.getMessage();
        }
    }

    private static boolean startsWithSignature(byte[] header) {
        for (int i = 0; i < PNG_SIGNATURE.length; i++) {
            if (header[i] != PNG_SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasExtension(String path, List<String> extensions) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String ext = dot >= 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
        return extensions.contains(ext);
    }
}
