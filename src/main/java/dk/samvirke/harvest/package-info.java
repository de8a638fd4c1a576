/**
 * Harvesting: products' git repositories fetched safely and incrementally under a fetch policy, their
 * releases, their publiccode.yml handed to the catalogue, and contributions — commit authors attributed to
 * organisations by e-mail domain. {@link dk.samvirke.harvest.HarvestedContributions} computes what they add
 * up to (a product's contributors with the recorded participants, per organisation and per year; an
 * organisation's contributions per product) for the pages and the API.
 */
package dk.samvirke.harvest;
