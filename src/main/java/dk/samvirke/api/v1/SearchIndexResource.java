package dk.samvirke.api.v1;

import dk.samvirke.search.SearchIndexing;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rebuilding the search index by hand, for administrators (after restoring a database, say). */
@RestController
@RequestMapping("/api/v1/admin/search")
@Tag(name = "Administration: search", description = "The search index")
class SearchIndexResource {

    private final SearchIndexing indexing;

    SearchIndexResource(SearchIndexing indexing) {
        this.indexing = indexing;
    }

    /** How many documents each indexed entity has after the rebuild. */
    record Reindexed(Map<String, Long> documents) {
    }

    @PostMapping("/reindex")
    @Operation(summary = "Rebuild the search index from the database",
            description = "Synchronous: answers when the index is rebuilt, with the documents per indexed entity.")
    Reindexed reindex() {
        return new Reindexed(indexing.rebuild());
    }
}
