package dk.samvirke.importing;

import dk.samvirke.catalogue.Products;
import dk.samvirke.operations.DatabaseFailures;
import dk.samvirke.organisations.Organisations;
import dk.samvirke.people.Participations;
import dk.samvirke.people.People;
import dk.samvirke.usage.Usages;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a data package (interfaces.md §2): all or nothing, upsert by key, every problem reported.
 * Reading and checking the files needs no database; the checks against the database and the writes
 * share one transaction, so what was checked is what gets written.
 */
@Service
public class DataPackageImporter {

    private static final Logger log = LoggerFactory.getLogger(DataPackageImporter.class);

    private final Organisations organisations;
    private final Products products;
    private final Usages usages;
    private final People people;
    private final Participations participations;
    private final TransactionTemplate transactions;

    DataPackageImporter(Organisations organisations, Products products, Usages usages, People people,
            Participations participations, PlatformTransactionManager transactionManager) {
        this.organisations = organisations;
        this.products = products;
        this.usages = usages;
        this.people = people;
        this.participations = participations;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Imports a folder holding the package's CSV files, or a {@code .zip} of one. */
    public ImportOutcome importPackage(Path folderOrZip, ImportProgressListener listener) {
        Problems problems = new Problems();
        try {
            return importFiles(new PackageReader().read(folderOrZip, problems), problems, listener);
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
            return importFiles(new PackageReader().readZip(zip, name, problems), problems, listener);
        } catch (IOException e) {
            return new ImportOutcome.Rejected(List.of(new ImportProblem(name, 0, null, "could not be read: " + e.getMessage())));
        }
    }

    private ImportOutcome importFiles(Map<DataPackageFile, byte[]> files, Problems problems,
            ImportProgressListener listener) {
        if (files.isEmpty()) {
            return new ImportOutcome.Rejected(problems.sorted());
        }
        // Even when the package is already rejected (an unknown file, say), the known files are checked
        // too: the answer should list every problem at once.
        PackageRows rows = new PackageParser(problems).parse(files, listener);
        try {
            return transactions.execute(status -> {
                Registry registry = Registry.load(organisations, products, usages, people, participations);
                new PackageValidator(rows, registry, problems).validate();
                listener.validated(problems.size());
                if (!problems.isEmpty()) {
                    status.setRollbackOnly();
                    return new ImportOutcome.Rejected(problems.sorted());
                }
                var summary = new PackageWriter(organisations, products, usages, people, participations, registry, listener).write(rows);
                return new ImportOutcome.Imported(summary);
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
}
