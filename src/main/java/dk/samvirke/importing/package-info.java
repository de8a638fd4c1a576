/**
 * Data packages (interfaces.md §2, §2.1): the registry in and out as CSV files with a Frictionless
 * {@code datapackage.json} — import all or nothing with every problem named by file, line and column
 * ({@link dk.samvirke.importing.DataPackageImporter}, also as the {@code import} command), export
 * ({@link dk.samvirke.importing.DataPackageExporter}), and the bundled demo data.
 *
 * <h2>Adding a file to the package</h2>
 *
 * Every file is a {@link dk.samvirke.importing.PackageFile}, a Spring bean found wherever it is declared.
 * A module that brings records of its own (governance: {@code bodies.csv}, {@code decisions.csv}, …;
 * events: {@code events.csv}, {@code registrations.csv}) implements one per file, in its own package,
 * and the importer's core, the export and {@code datapackage.json} take it in without a change here:
 *
 * <ul>
 * <li>{@code name()}, {@code order()} (after the files it refers to: the registry's own take 100 to 600),
 *     {@code columns()} with their Frictionless types and which are required, {@code primaryKey()},
 *     {@code foreignKeys()}: the header is checked against these, and {@code datapackage.json} is
 *     written from them;</li>
 * <li>{@code startImport(context)} gives a {@link dk.samvirke.importing.FileImport} for one import:
 *     {@code read(row)} parses and checks one record through the module's own rules — the ones its API
 *     and pages use — with {@link dk.samvirke.importing.PackageRow#check()} and
 *     {@link dk.samvirke.importing.PackageRow#report}, so that problems name the file, line and column;
 *     {@code check(context)} then looks at other files ({@link dk.samvirke.importing.ImportContext#file})
 *     and the database, inside the import's transaction, reporting with
 *     {@link dk.samvirke.importing.ImportContext#problem}; {@code write(context)} upserts by key and
 *     counts what it created, updated and left unchanged. Nothing is written while any file has a
 *     problem, and everything is written in one transaction;</li>
 * <li>{@code export(rows)} writes every record in a stable order.</li>
 * </ul>
 *
 * <p>Text cells are made formula-safe both ways by the reader and the writer; dates, e-mail addresses
 * and the other field rules come from {@link dk.samvirke.shared.FieldCheck}. The registry's own files
 * (organisations, memberships, products, usages, people, participations) are {@code PackageFile}s of
 * this module and go the same way. {@code PackageReader} (zip and folder reading and their limits) and
 * {@code CsvReader} are the core every file goes through.
 *
 * <h2>Large packages</h2>
 *
 * The records an import only creates in the hundreds of thousands (usages, participations) are not written as
 * entities: each file's {@code write} hands them to the bulk writer of the module that owns the table
 * ({@link dk.samvirke.usage.NewUsages}, {@link dk.samvirke.people.NewParticipations}), which writes the rows and
 * their history entries with PostgreSQL's COPY (JDBC batches on H2) in the import's transaction. The records already
 * in the database that the import may update are read as light rows where that suffices (usages: {@code UsageKeys});
 * only the changed ones are loaded as entities. {@code bench/scale/import.sh} measures an import against PostgreSQL's
 * {@code \copy} of the same files.
 */
package dk.samvirke.importing;
