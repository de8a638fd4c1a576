package dk.samvirke.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.importing.DataPackageImporter;
import dk.samvirke.importing.ImportOutcome;
import dk.samvirke.importing.ImportProgressListener;
import dk.samvirke.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An import's records are not indexed as they are written: the import answers, and the registry is reindexed
 * after it in the background, in turn with any rebuild.
 */
@IntegrationTest
class ReindexAfterImportTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DataPackageImporter importer;

    @Autowired
    SearchIndexing indexing;

    @Autowired
    SiteSearch search;

    @TempDir
    Path folder;

    @BeforeEach
    @AfterEach
    void clean() {
        SearchTestData.clean(context);
    }

    @Test
    void importedRecordsAreFoundOnceTheReindexAfterTheImportHasRun() throws Exception {
        Files.writeString(folder.resolve("organisations.csv"), """
                key,name,type,country,municipality_code
                qvarnby,Qvarnby Kommune,municipality,DK,999
                """, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("products.csv"), """
                key,name,owner,summary
                zorblat,Zorblat,qvarnby,Sagsbehandling for Qvarnby
                """, StandardCharsets.UTF_8);

        var outcome = importer.importPackage(folder, ImportProgressListener.NONE);
        assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
        indexing.reindexed().get(60, TimeUnit.SECONDS);

        assertThat(keys("Qvarnby", "organisations")).containsExactly("qvarnby");
        assertThat(keys("Zorblat", "products")).containsExactly("zorblat");
        // A rebuild after it waits its turn and leaves the same documents.
        assertThat(indexing.rebuild()).containsEntry("Organisation", 1L).containsEntry("Product", 1L);
        assertThat(keys("Zorblat", "products")).containsExactly("zorblat");
    }

    private java.util.List<String> keys(String words, String kind) {
        return search.search(new SearchRequest(words, kind, null, 0, 10)).groups().stream()
                .flatMap(group -> group.items().stream()).map(SearchHit::key).toList();
    }
}
