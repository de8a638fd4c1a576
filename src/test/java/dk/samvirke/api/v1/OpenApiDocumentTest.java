package dk.samvirke.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document other catalogues build on: every operation named, summarised, tagged with a tag
 * described in Danish and English, with its problem answers; the administrators' last. It is written to
 * {@code target/openapi.json}, where CI lints it with Redocly's recommended rules ({@code .ci/run}).
 */
@IntegrationTest
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @LocalServerPort
    int port;

    @Test
    void everyOperationIsNamedSummarisedTaggedAndAnswersWithProblems() throws Exception {
        var docs = new Http(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "openapi.json"), docs.bytes());
        JsonNode api = docs.json();

        Set<String> ids = new HashSet<>();
        List<String> tagsUsed = new ArrayList<>();
        api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            String where = entry.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = entry.getValue();
            assertThat(ids.add(operation.get("operationId").asString())).as("unique operation id of %s", where).isTrue();
            assertThat(operation.path("summary").asString("")).as("summary of %s", where).isNotBlank();
            assertThat(operation.get("tags")).as("tag of %s", where).isNotEmpty();
            operation.get("tags").forEach(t -> tagsUsed.add(t.asString()));
            assertThat(operation.get("responses").propertyNames()).as("problem answers of %s", where)
                    .anyMatch(status -> status.startsWith("4"));
        }));
        assertThat(ids).contains("productsGet", "statisticsAsOf", "openData");

        List<String> tags = api.get("tags").valueStream().map(t -> t.get("name").asString()).toList();
        assertThat(tags).containsAll(tagsUsed);
        assertThat(api.get("tags")).allSatisfy(tag -> {
            assertThat(tag.path("x-displayName").asString("")).as("Danish and English name of %s", tag.get("name"))
                    .contains(" · ");
            assertThat(tag.path("description").asString("")).as("description of %s", tag.get("name")).contains("\n\n");
        });
        int firstAdministration = tags.indexOf(tags.stream().filter(t -> t.startsWith("Administration")).findFirst()
                .orElseThrow());
        assertThat(tags.subList(firstAdministration, tags.size())).allMatch(t -> t.startsWith("Administration"));
        List<String> paths = new ArrayList<>(api.get("paths").propertyNames());
        assertThat(paths.subList(paths.size() - 3, paths.size())).allMatch(p -> p.startsWith("/api/v1/admin/"));
        assertThat(api.get("externalDocs").get("url").asString()).as("the document links back to the site").isNotBlank();
    }

    @Test
    void theSiteLinksTheBrowsableDocumentation() {
        var http = new Http(port);
        assertThat(http.get("/").body()).contains("href=\"/api-docs\"");
        assertThat(http.get("/api-docs").status()).isIn(200, 302);
    }
}
