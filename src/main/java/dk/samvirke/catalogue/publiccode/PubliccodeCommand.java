package dk.samvirke.catalogue.publiccode;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code publiccode validate [--no-network] FILE...}: prints {@code FILE: valid|invalid} and one
 * line per finding in the reference parser's format. Runs without Spring (the application's
 * main method hands over before the context starts).
 */
public final class PubliccodeCommand {

    static final String USAGE = "usage: publiccode validate [--no-network] FILE...";

    private PubliccodeCommand() {
    }

    /**
     * @param args the arguments after the word {@code publiccode}
     * @return 0 when every file is valid (warnings allowed), 1 when one is not, 2 on a usage error
     */
    public static int run(String[] args, PrintStream out) {
        return run(args, out, new PubliccodeValidator());
    }

    static int run(String[] args, PrintStream out, PubliccodeValidator validator) {
        if (args == null || args.length == 0 || !args[0].equals("validate")) {
            out.println(USAGE);
            return 2;
        }
        boolean network = true;
        List<String> files = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!optionsEnded && arg.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && arg.equals("--no-network")) {
                network = false;
            } else if (!optionsEnded && arg.startsWith("-") && !arg.equals("-")) {
                out.println("unknown option: " + arg);
                out.println(USAGE);
                return 2;
            } else {
                files.add(arg);
            }
        }
        if (files.isEmpty()) {
            out.println(USAGE);
            return 2;
        }
        boolean allValid = true;
        for (String file : files) {
            allValid &= validateOne(file, network, out, validator);
        }
        return allValid ? 0 : 1;
    }

    private static boolean validateOne(String file, boolean network, PrintStream out, PubliccodeValidator validator) {
        Path path = Path.of(file);
        byte[] content;
        try {
            content = read(path);
        } catch (NoSuchFileException e) {
            return printUnreadable(file, "can't open file '" + path.toAbsolutePath() + "': no such file", out);
        } catch (IOException | RuntimeException e) {
            return printUnreadable(file, "can't read file '" + path.toAbsolutePath() + "': " + e.getMessage(), out);
        }
        Path baseDir = path.toAbsolutePath().getParent();
        PubliccodeValidator.Report report = validator.report(content, baseDir, network);
        out.println(file + ": " + (report.valid() ? "valid" : "invalid"));
        for (PubliccodeValidator.Entry entry : report.entries()) {
            out.println(format(file, entry.warning(), entry.finding()));
        }
        return report.valid();
    }

    /** Reads at most one byte past the limit, so a huge file is refused without loading it. */
    private static byte[] read(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            throw new IOException("is a directory");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(SafeYamlLoader.MAX_BYTES + 1);
        }
    }

    private static boolean printUnreadable(String file, String message, PrintStream out) {
        out.println(file + ": invalid");
        out.println(format(file, false, new Finding("", message, 0, 0)));
        return false;
    }

    static String format(String file, boolean warning, Finding f) {
        String key = f.key().isEmpty() ? "" : f.key() + ": ";
        return file + ":" + f.line() + ":" + f.column() + ": " + (warning ? "warning" : "error") + ": " + key
                + f.message();
    }
}
