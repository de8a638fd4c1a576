package dk.samvirke.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The history's changes column, written without a JSON generator per entry: exactly what Jackson writes. */
class AuditTrailJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void writesTheChangesCharacterForCharacterAsJackson() {
        Map<String, List<String>> diff = new LinkedHashMap<>();
        diff.put("name", Arrays.asList(null, "Århus \"Kommune\" \\ / <b>&'"));
        diff.put("summary", Arrays.asList("line\none\ttab\r\u0001\u001f\u2028\uD83D\uDE00", null));
        diff.put("key", Arrays.asList("", "aarhus"));
        diff.put("we\"ird", Arrays.asList(null, null));

        assertThat(AuditTrail.json(diff)).isEqualTo(JSON.writeValueAsString(diff));
        assertThat(AuditTrail.json(Map.of())).isEqualTo("{}").isEqualTo(JSON.writeValueAsString(Map.of()));
    }
}
