package dk.samvirke.harvest;

/**
 * A harvest found a {@code publiccode.yml} at the root of a repository's default branch. The bytes
 * are passed on unparsed: validating and applying them is the catalogue's business.
 */
public record PubliccodeFound(String productKey, String repositoryUrl, byte[] content) {
}
