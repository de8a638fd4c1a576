/**
 * One search over everything: Hibernate Search with the embedded Lucene backend (the index under
 * {@code ${samvirke.data-dir}/index}) or, by configuration, Elasticsearch/OpenSearch (see README,
 * "Search"). {@link dk.samvirke.search.SiteSearch} answers the API's {@code GET /api/v1/search} and the
 * page {@code /soeg}; {@link dk.samvirke.search.SearchIndexing} fills empty or stale indexes at start and
 * rebuilds them on request.
 *
 * <h2>What is indexed</h2>
 * Products (name, summary, key, every language's descriptions), organisations (name, key, municipality
 * code, type), public people profiles (name, title, organisation; never the e-mail address), forum
 * topics (title and the opening post's text) and the other posts. A profile is public when the person
 * has a participation in a product or in the association, past or present; others are indexed but
 * filtered out of every search. Markdown (posts, descriptions) is indexed as the text a reader sees
 * ({@code MarkdownText}). The mapping is programmatic ({@code SearchMapping}), so the registry's
 * modules carry no search annotations and do not depend on this one. Every change made through
 * Hibernate, imports included, is indexed when its transaction commits. A search reads the index
 * alone: no entity is loaded and no database connection taken.
 *
 * <h2>Analysis</h2>
 * {@code DanishAnalysis} (Lucene) and {@code DanishElasticsearchAnalysis} define the same analysers,
 * filter for filter: {@code danish} for full text (stop words, stemming, verbal nouns joined to their
 * verbs, listed compound parts split off, æ/ø/å folded), searched with {@code danish_query} (the same
 * without splitting); {@code danish_name_parts} for a name's twin field (split at case changes and
 * digits, compound parts, every part's beginnings), searched with {@code danish_name_parts_query};
 * and the normaliser {@code lowercase} for keys and codes. Change both together, and raise
 * {@code SearchMapping.VERSION} so that existing indexes are rebuilt.
 *
 * <h2>Adding a kind (events, say)</h2>
 * <ol>
 * <li>Map the entity in {@code SearchMapping} with its helpers: {@code indexed(type, "event")},
 * {@code keyAndName(type)} for a key and a name (the name also gets its parts twin), {@code text(type,
 * property, field)} for plain text, {@code markdown(...)} for Markdown; flags and codes as
 * {@code genericField}/{@code keywordField}. Every field a result shows is projectable (the helpers see to
 * it); what a search found in its title and snippet fields is marked from that stored text
 * ({@code Marking}). What the hiding rules need (a {@code hidden} flag, a
 * category) is indexed too. A value the entity does not reach by its own properties needs a binder that
 * declares its dependencies, or the index goes stale: see {@code PersonProfileBinder},
 * {@code OpeningPost} and {@code OrganisationChanges}. Raise {@code SearchMapping.VERSION} only when
 * an existing kind's documents change; a new kind's index is filled at start because it is empty.</li>
 * <li>Declare a {@link dk.samvirke.search.SearchableKind} bean: its name ({@code events}), place
 * ({@code order()}, after 50), entity, {@code textFields()} with weights, {@code partFields()} for its
 * name ({@code Map.of(SearchFields.NAME, 1f)}), title and snippet fields, the stored fields its hit
 * reads (key, date), {@code filter} for what the reader may not see, and how a document becomes a
 * {@link dk.samvirke.search.SearchHit} ({@code d.highlighted(NAME)}, {@code d.snippet(...)}).</li>
 * <li>Add the labels {@code search.kind.events} and {@code search.more.events} to both message bundles.
 * The API, the page, the counts and the start-up indexing pick the kind up by themselves; add the kind
 * to the expected {@code counts} of {@code SearchApiTest}.</li>
 * </ol>
 */
package dk.samvirke.search;
