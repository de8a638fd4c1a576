package dk.samvirke.importing;

import dk.samvirke.operations.DatabaseFailures;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a data package (interfaces.md §2, §2.1): all or nothing, upsert by key, every problem reported.
 * Each file is a {@link PackageFile} of the module that owns its records. Reading and checking the rows
 * needs no database; the checks against other files and the database and the writes share one
 * transaction, so what was checked is what gets written.
 */
@Service
public class DataPackageImporter {

    private static final Logger log = LoggerFactory.getLogger(DataPackageImporter.class);

    private final PackageFiles files;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;

    DataPackageImporter(PackageFiles files, EntityManager entityManager, PlatformTransactionManager transactionManager) {
        this.files = files;
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Imports a folder holding the package's CSV files, or a {@code .zip} of one. */
    public ImportOutcome importPackage(Path folderOrZip, ImportProgressListener listener) {
        Problems problems = new Problems();
        try {
            return importFiles(new PackageReader(files).read(folderOrZip, problems), problems, listener);
        } catch (IOException e) {
            return new ImportOutcome.Rejected(List.of(new ImportProblem(String.valueOf(folderOrZip.getFileName()), 0, null,
                    "could not be read: " + e.getMessage())));
        }
    }

    /** Imports a {@code .zip} as uploaded; the stream is read and closed. */
    public ImportOutcome importPackage(InputStream zip, ImportProgressListener listener) {
        return importPackage(zip, "package.zip", listener);
    }

    /** As {@link #importPackage(InputStream, ImportProgressListener)}; {@code name} labels whole-package problems. */
    public ImportOutcome importPackage(InputStream zip, String name, ImportProgressListener listener) {
        Problems problems = new Problems();
        try {
            return importFiles(new PackageReader(files).readZip(zip, name, problems), problems, listener);
        } catch (IOException e) {
            return new ImportOutcome.Rejected(List.of(new ImportProblem(name, 0, null, "could not be read: " + e.getMessage())));
        }
    }

    private ImportOutcome importFiles(Map<String, byte[]> contents, Problems problems, ImportProgressListener listener) {
        if (contents.isEmpty()) {
            return new ImportOutcome.Rejected(problems.sorted(files.names()));
        }
        // Even when the package is already rejected (an unknown file, say), the known files are checked
        // too: the answer should list every problem at once.
        var context = new Context(problems);
        for (PackageFile file : files.all()) {
            byte[] bytes = contents.get(file.name());
            if (bytes != null) {
                var fileImport = file.startImport(context);
                context.imports.put(file.name(), fileImport);
                int records = read(file, bytes, fileImport, problems);
                if (records < 0) {
                    context.unreadable.add(file.name());
                }
                listener.fileRead(file.name(), Math.max(records, 0));
            }
        }
        try {
            return transactions.execute(status -> {
                context.imports.values().forEach(fileImport -> fileImport.check(context));
                listener.validated(problems.size());
                if (!problems.isEmpty()) {
                    status.setRollbackOnly();
                    return new ImportOutcome.Rejected(problems.sorted(files.names()));
                }
                Map<String, FileSummary> summary = new LinkedHashMap<>();
                context.imports.forEach((name, fileImport) -> {
                    var written = fileImport.write(context);
                    summary.put(name, written);
                    listener.fileWritten(name, written);
                });
                // Constraint violations surface here, inside the error handling below, not at commit.
                entityManager.flush();
                return new ImportOutcome.Imported(new ImportSummary(summary));
            });
        } catch (DataAccessException | PersistenceException e) {
            if (DatabaseFailures.isUnavailable(e)) {
                throw e; // not the package's fault: the caller answers "try again"
            }
            // The checks should make this impossible; if the database still refuses, say so and keep nothing.
            // Its own message stays in the log: it names tables and constraints, and may quote other records.
            log.warn("The database refused a data package that passed the checks", e);
            return new ImportOutcome.Rejected(List.of(new ImportProblem("", 0, null,
                    "the database refused the package, nothing was written; the server's log has the details")));
        }
    }

    /**
     * Reads one file's records into its import, each record checked on its own; returns how many there were,
     * or -1 when the file could not be read at all (broken CSV, no header, a required column missing).
     */
    static int read(PackageFile file, byte[] bytes, FileImport fileImport, Problems problems) {
        CsvReader.Result csv = CsvReader.read(bytes);
        csv.problems().forEach(p -> problems.add(file.name(), p.line(), null, p.message()));
        if (!csv.problems().isEmpty()) {
            return -1;
        }
        if (csv.rows().isEmpty()) {
            problems.add(file.name(), 1, null, "the file is empty; the first row must name the columns");
            return -1;
        }
        var header = Header.of(file, csv.rows().get(0), problems);
        if (header.isEmpty()) {
            return -1;
        }
        int records = 0;
        for (CsvReader.Row row : csv.rows().subList(1, csv.rows().size())) {
            if (row.fields().size() != header.get().width()) {
                problems.add(file.name(), row.line(), null, "the record has " + row.fields().size()
                        + " fields, the header " + header.get().width() + " (delimiter '" + csv.delimiter() + "')");
            } else {
                fileImport.read(new PackageRow(file.name(), header.get(), row, problems));
                records++;
            }
        }
        return records;
    }


    /** One import's files, problems and shared state; the imports are kept in package order. */
    static final class Context implements ImportContext {

        private final Problems problems;
        final Map<String, FileImport> imports = new LinkedHashMap<>();
        final java.util.Set<String> unreadable = new java.util.HashSet<>();
        private final Map<Class<?>, Object> shared = new HashMap<>();

        Context(Problems problems) {
            this.problems = problems;
        }

        @Override
        public boolean has(String fileName) {
            return imports.containsKey(fileName);
        }

        @Override
        public <T extends FileImport> Optional<T> file(String fileName, Class<T> type) {
            return Optional.ofNullable(imports.get(fileName)).filter(type::isInstance).map(type::cast);
        }

        @Override
        public boolean unreadable(String fileName) {
            return unreadable.contains(fileName);
        }

        @Override
        public void problem(String fileName, int line, String column, String message) {
            problems.add(fileName, line, column, message);
        }

        @Override
        public <T> T shared(Class<T> type, Supplier<T> create) {
            return type.cast(shared.computeIfAbsent(type, t -> create.get()));
        }
    }
}
