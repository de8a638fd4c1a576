package dk.samvirke.importing;

import jakarta.persistence.EntityManager;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the registry as a data package {@code .zip} (interfaces.md §2, §2.1): every file of every module
 * ({@link PackageFile}) and {@code datapackage.json}. Records are sorted by key, so two exports of the same
 * data are byte for byte the same apart from the zip's timestamps, and the package imports into an empty
 * database to the same figures. It is the registry, not a backup of the database: accounts, the history,
 * the forum and harvested git data are not in it.
 */
@Service
public class DataPackageExporter {

    private final PackageFiles files;
    private final EntityManager entityManager;

    DataPackageExporter(PackageFiles files, EntityManager entityManager) {
        this.files = files;
        this.entityManager = entityManager;
    }

    /** Writes the zip to {@code out} and finishes it; {@code out} is left open. */
    @Transactional(readOnly = true)
    public void exportZip(OutputStream out) {
        write(out, files.all(), DataPackageDescriptor.of(files.all()));
    }

    /**
     * Writes the open data (interfaces.md §12) to {@code out}: the files their modules made public, without
     * the columns that name or reach a person, and their {@code datapackage.json}. It imports as any package
     * does; the figures that count people are all it cannot give.
     */
    @Transactional(readOnly = true)
    public void exportOpenData(OutputStream out) {
        var included = files.all().stream().filter(f -> f.openData().included()).toList();
        var names = included.stream().map(PackageFile::name).collect(java.util.stream.Collectors.toSet());
        List<PackageFile> open = included.stream().<PackageFile>map(f -> new OpenDataFile(f, names)).toList();
        write(out, open, DataPackageDescriptor.of(open, "samvirke-open-data",
                "Samvirke: open data of a community sharing open-source software (nothing personal)"));
    }

    private void write(OutputStream out, List<PackageFile> files, byte[] descriptor) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            for (PackageFile file : files) {
                // Straight into the zip as the rows come: memory stays flat whatever the registry's size.
                zip.putNextEntry(new ZipEntry(file.name()));
                Writer writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
                CsvWriter csv = new CsvWriter(writer, file.columns().stream().map(PackageColumn::name).toList());
                file.export(csv::row);
                writer.flush();
                zip.closeEntry();
                // Read-only: what a file loaded as entities is let go of before the next file.
                entityManager.clear();
            }
            entry(zip, "datapackage.json", descriptor);
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
