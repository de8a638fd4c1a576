package dk.samvirke.importing;

import dk.samvirke.operations.DatabaseFailures;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a data package (interfaces.md §2, §2.1): all or nothing, upsert by key, every problem reported.
 * Each file is a {@link PackageFile} of the module that owns its records. Reading and checking the rows
 * needs no database; the checks against other files and the database and the writes share one
 * transaction, so what was checked is what gets written.
 *
 * <p>The writes are not indexed one by one as they are flushed (that doubled an import's time and held every
 * document of the package in memory until the commit): the import's session leaves the search index alone,
 * and once the package is committed {@link PackageImported} is published, synchronously, so that the search
 * module queues one reindex of the registry, which runs after the import has answered.
 */
@Service
public class DataPackageImporter {

    private static final Logger log = LoggerFactory.getLogger(DataPackageImporter.class);

    private final PackageFiles files;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** Records created by one import above which the database's planner statistics are refreshed. */
    static final long LARGE_IMPORT = 10_000;

    DataPackageImporter(PackageFiles files, EntityManager entityManager, PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events, javax.sql.DataSource dataSource,
            @Value("${samvirke.import.timeout:10m}") Duration timeout) {
        this.jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        this.files = files;
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactionManager);
        // An import is one transaction (all or nothing): at Europe's scale it outlasts the 30 s every other one gets.
        this.transactions.setTimeout((int) timeout.toSeconds());
        this.events = events;
    }

    /** Imports a folder holding the package's CSV files, or a {@code .zip} of one. */
    public ImportOutcome importPackage(Path folderOrZip, ImportProgressListener listener) {
        long started = System.nanoTime();
        Problems problems = new Problems();
        try {
            return importFiles(new PackageReader(files).read(folderOrZip, problems), problems, listener, started);
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
        long started = System.nanoTime();
        Problems problems = new Problems();
        try {
            return importFiles(new PackageReader(files).readZip(zip, name, problems), problems, listener, started);
        } catch (IOException e) {
            return new ImportOutcome.Rejected(List.of(new ImportProblem(name, 0, null, "could not be read: " + e.getMessage())));
        }
    }

    private ImportOutcome importFiles(Map<String, byte[]> contents, Problems problems, ImportProgressListener listener,
            long started) {
        long startedCpu = threadCpu();
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
        ImportOutcome outcome;
        try {
            outcome = transactions.execute(status -> {
                withoutIndexing();
                // The checks only read, so their queries need not flush first: on a re-import each such flush would
                // walk the whole registry the checks have loaded, only to find nothing to write.
                entityManager.setFlushMode(FlushModeType.COMMIT);
                context.imports.values().forEach(fileImport -> fileImport.check(context));
                entityManager.setFlushMode(FlushModeType.AUTO);
                listener.validated(problems.size());
                if (!problems.isEmpty()) {
                    status.setRollbackOnly();
                    return new ImportOutcome.Rejected(problems.sorted(files.names()));
                }
                Map<String, FileSummary> summary = new LinkedHashMap<>();
                context.imports.forEach((name, fileImport) -> {
                    var written = fileImport.write(context);
                    // File by file: the inserts of one file queued at a time, and in the database before a later
                    // file's bulk rows refer to them. Constraint violations surface here, inside the error handling
                    // below, not at commit; after the last file nothing is left to flush. A file that created and
                    // updated nothing wrote nothing: no flush, which on a re-import would walk the whole registry.
                    if (written.changed()) {
                        entityManager.flush();
                    }
                    summary.put(name, written);
                    listener.fileWritten(name, written);
                });
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
        // bench/scale/import.sh reads this line: the import's own time, before the search index is rebuilt.
        // With the CPU time of this thread: on a shared machine the wall time says more about the neighbours.
        log.info("Data package {} in {} ms ({} ms CPU of the importing thread)",
                outcome instanceof ImportOutcome.Imported ? "committed" : "rejected", (System.nanoTime() - started) / 1_000_000,
                (threadCpu() - startedCpu) / 1_000_000);
        if (outcome instanceof ImportOutcome.Imported imported && imported.summary().changed()) {
            analyseAfterLargeImport(imported.summary());
            events.publishEvent(new PackageImported(List.copyOf(context.imports.keySet())));
        }
        return outcome;
    }

    private static long threadCpu() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    /**
     * PostgreSQL plans the figures' queries from its statistics of each table; a table that just grew from nothing
     * to 200 000 rows would be planned as empty (27 s instead of 0.3 s for the figures at Europe's scale) until
     * autovacuum gets to it. After an import that created many records, the statistics are brought up to date
     * at once (outside the import's transaction, which has committed). H2 needs nothing of the kind.
     */
    private void analyseAfterLargeImport(ImportSummary summary) {
        long created = summary.files().values().stream().mapToLong(FileSummary::created).sum();
        if (created < LARGE_IMPORT) {
            return;
        }
        try {
            jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
                if (connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                    try (var statement = connection.createStatement()) {
                        statement.execute("analyze");
                    }
                }
                return null;
            });
        } catch (DataAccessException e) {
            log.warn("Could not update the database's statistics after a large import: {}", e.getMessage());
        }
    }

    /** This transaction's session indexes nothing as it flushes; {@link PackageImported} has the index rebuilt once. */
    private void withoutIndexing() {
        var indexed = Search.mapping(entityManager.getEntityManagerFactory()).allIndexedEntities();
        Search.session(entityManager).indexingPlanFilter(filter -> {
            for (SearchIndexedEntity<?> entity : indexed) {
                filter.exclude(entity.javaClass());
            }
        });
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
