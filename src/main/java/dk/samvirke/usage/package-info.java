/**
 * Usage: which organisation uses which product — status (planned, pilot, production, discontinued),
 * version, since and until, contact person — maintained by each organisation itself
 * ({@link dk.samvirke.usage.UsageManagement}, rules in {@link dk.samvirke.usage.UsageRules}).
 *
 * <p>The usage figures are computed here, by the database, as of a date:
 * {@link dk.samvirke.usage.UsageDirectory} (a product's users, paged; an organisation's products; the
 * products organisations use) and {@link dk.samvirke.usage.CatalogueSearch} (the catalogue with how
 * many use each product: it needs the catalogue and the organisations, which this module depends on,
 * so it is this module's and not the catalogue's). {@link dk.samvirke.usage.UsageSql} holds "active"
 * and "current" as SQL conditions for other modules' queries.
 *
 * <p>The usage table is written by this module only: {@link dk.samvirke.usage.NewUsages} is its bulk writer for
 * an import's new usages (COPY on PostgreSQL, with each usage's history entry), and
 * {@link dk.samvirke.usage.Usages#findAllKeys()} the light rows an import compares with.
 */
package dk.samvirke.usage;
