package dk.samvirke.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.json.JsonMapper;

/**
 * The opensearch profile only: OpenSearch's analysis of the indexes Hibernate Search created
 * ({@link DanishElasticsearchAnalysis}) gives the same tokens, in the same order, as the Lucene
 * backend's ({@link DanishAnalysis}), for words that exercise every filter of every chain.
 */
@IntegrationTest
class AnalysisParityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final List<String> SAMPLES = List.of(
            "Opgraderingen af kommunernes digitaliseringsstrategi", "København, Kobenhavn og Koebenhavn",
            "Århus Aarhus Arhus", "værktøjer til købstæder", "og i at det", "OS2borgerPC OS2loop OS2persondata",
            "Borgerservice og selvbetjeningsløsningerne", "Høje-Taastrup Kommune", "borger-pc'er på biblioteket",
            "Mette Hansen", "skoledata medarbejderdata", "café naïve Zürich", "relevant kontrolleret", "OS2iot 2.0.1");

    @Value("${spring.jpa.properties.hibernate.search.backend.hosts}")
    String hosts;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyAnalyserGivesTheSameTokensAsOnLucene() throws Exception {
        var analysers = Map.of(DanishAnalysis.TEXT, DanishAnalysis.text(), DanishAnalysis.TEXT_QUERY,
                DanishAnalysis.textQuery(), DanishAnalysis.NAME_PARTS, DanishAnalysis.nameParts(),
                DanishAnalysis.NAME_PARTS_QUERY, DanishAnalysis.namePartsQuery());
        for (var analyser : analysers.entrySet()) {
            for (String sample : SAMPLES) {
                assertThat(openSearch(analyser.getKey(), null, sample)).as(analyser.getKey() + ": " + sample)
                        .isEqualTo(DanishAnalysisTest.terms(analyser.getValue(), sample));
            }
        }
    }

    @Test
    void theKeywordNormaliserFoldsAlike() throws Exception {
        assertThat(openSearch(null, DanishAnalysis.KEYWORD, "Københavns-Kommune ÅRHUS")).containsExactly(
                "kobenhavns-kommune arhus");
    }

    private List<String> openSearch(String analyzer, String normalizer, String text) throws IOException, InterruptedException {
        var body = JSON.createObjectNode().put("text", text);
        if (analyzer != null) {
            body.put("analyzer", analyzer);
        } else {
            body.put("normalizer", normalizer);
        }
        var response = http.send(HttpRequest.newBuilder(URI.create("http://" + hosts + "/product-v" + SearchMapping.VERSION
                        + "-read/_analyze")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> tokens = new ArrayList<>();
        JSON.readTree(response.body()).get("tokens").forEach(t -> tokens.add(t.get("token").asString()));
        return tokens;
    }
}
