package dk.samvirke.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The §3.1 figures of other modules are fields of the statistics answer, beside the §3 figures. */
class StatisticsJsonTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void figuresOfOtherModulesAreTopLevelFieldsInTheirOrder() throws Exception {
        var stages = new LinkedHashMap<String, Object>();
        stages.put("sandbox", 2);
        stages.put("n1", 1);
        var statistics = Statistics.of(LocalDate.of(2026, 12, 1),
                        new Statistics.Counts(98, 82, 85, 25, 20, 394, 136, 48, 5, 7))
                .with(Map.of("productsByStage", stages)).with(Map.of("events", 12));

        var answer = json.readTree(json.writeValueAsString(statistics));

        assertThat(answer.get("memberMunicipalities").asInt()).isEqualTo(82);
        assertThat(answer.get("productsByStage").toString()).isEqualTo("{\"sandbox\":2,\"n1\":1}");
        assertThat(answer.get("events").asInt()).isEqualTo(12);
        assertThat(answer.has("more")).isFalse();
        assertThat(answer.has("figures")).isFalse();
    }

    @Test
    void aLaterSourceDoesNotDropAnEarlierOne() {
        var statistics = Statistics.of(LocalDate.of(2026, 12, 1), new Statistics.Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
                .with(Map.of("events", 1)).with(Map.of("openSecurityNotices", 2));
        assertThat(statistics.figures()).containsExactly(Map.entry("events", 1), Map.entry("openSecurityNotices", 2));
    }
}
