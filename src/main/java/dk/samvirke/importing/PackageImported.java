package dk.samvirke.importing;

import java.util.List;

/**
 * A data package was imported and committed and changed something; published synchronously, after the commit
 * and before the import answers. The import's own writes were not indexed as they were flushed: the search
 * module reindexes the registry once on this event, in the background (the import does not wait for it).
 *
 * @param files the package's files that were imported, in package order
 */
public record PackageImported(List<String> files) {
}
