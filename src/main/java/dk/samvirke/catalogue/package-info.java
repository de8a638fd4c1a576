/**
 * The catalogue: the products (codebases) the association manages, with their lifecycle (adopted,
 * retired), owner, licence, repository, and what their publiccode.yml says (publiccode.yml in and out,
 * validated like the reference parser: {@code publiccode}).
 *
 * <p>Read one product with {@link dk.samvirke.catalogue.ProductDirectory}; change one through
 * {@link dk.samvirke.catalogue.CatalogueManagement}. {@link dk.samvirke.catalogue.ProductSql} holds the
 * definitions of interfaces.md §3 (managed on a date, the licence rule) as SQL conditions for other
 * modules' queries. Lists of products with how many use them are the usage module's: usage depends on
 * the catalogue, so counting usages cannot live here. An import writes its new products at once with
 * {@link dk.samvirke.catalogue.NewProducts}, which tells the others with one
 * {@link dk.samvirke.catalogue.ProductsCreated} instead of a {@link dk.samvirke.catalogue.ProductCreated} each.
 */
package dk.samvirke.catalogue;
