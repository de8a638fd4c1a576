/**
 * One search over everything: Hibernate Search with the embedded Lucene backend (the index under
 * {@code ${samvirke.data-dir}/index}) or, by configuration, Elasticsearch/OpenSearch (see README,
 * "Search"). {@link dk.samvirke.search.SiteSearch} answers the API's {@code GET /api/v1/search} and the
 * page {@code /soeg}; {@link dk.samvirke.search.SearchIndexing} fills an empty index at start and
 * rebuilds it on request.
 *
 * <h2>What is indexed</h2>
 * Products (name, summary, key), organisations (name, key, municipality code, type) and public
 * people profiles (name, title, organisation; never the e-mail address). A profile is public when
 * the person has a participation in a product or in the association, past or present; others are
 * indexed but filtered out of every search. The mapping is programmatic ({@code SearchMapping}), so
 * the registry's modules carry no search annotations and do not depend on this one. Every change
 * made through Hibernate, imports included, is indexed when its transaction commits.
 *
 * <h2>Analysis</h2>
 * Text fields use the analyser {@code danish}: Lucene's Danish stop words and stemming, verbal
 * nouns joined to their verbs ("opgraderingen" finds "opgradere"), and æ/ø/å/aa folded so that
 * "Kobenhavn" and "Arhus" find "København" and "Århus". Keys and codes use the normaliser
 * {@code lowercase} (lower case, the same folding). Both names exist built in on Elasticsearch and
 * OpenSearch.
 *
 * <h2>Adding a kind (the forum's topics and posts, events)</h2>
 * <ol>
 * <li>Index the entity: annotate it ({@code @Indexed}, {@code @FullTextField(analyzer = "danish",
 * projectable = Projectable.YES, highlightable = Highlightable.ANY)}, {@code @KeywordField(normalizer
 * = "lowercase", projectable = Projectable.YES)}), or, to keep your module free of search, declare a
 * {@link org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer} bean: every such
 * bean is applied. Every field you show must be projectable; highlighted ones highlightable.</li>
 * <li>Declare a {@link dk.samvirke.search.SearchableKind} bean: its name ({@code topics}), place
 * ({@code order()} 40 or later), entity, fields, and how a document becomes a
 * {@link dk.samvirke.search.SearchHit}. Index what the hiding rules need (a {@code hidden} flag, the
 * category) and return them from {@code filter}: only what the reader may see is ever counted or
 * shown.</li>
 * <li>Add the label {@code search.kind.topics} to both message bundles. The API, the page, the counts
 * and the start-up indexing pick the kind up by themselves.</li>
 * </ol>
 * Anything indexed from an entity the indexed one does not reach by its own properties (as people
 * depend on their participations and organisation) needs its dependencies declared, or the index
 * goes stale: see {@code PersonProfileBinder} and {@code OrganisationChanges}.
 */
package dk.samvirke.search;
