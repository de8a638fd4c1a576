package dk.samvirke.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The Danish analysis: words that should meet, meet; words that should not, stay apart. */
class DanishSearchAnalyzerTest {

    private final DanishSearchAnalyzer analyzer = new DanishSearchAnalyzer();

    @Test
    void verbalNounsMeetTheirVerbs() {
        assertSameTerm("opgraderingen", "opgradere", "opgraderinger", "opgraderet", "opgradering");
        assertSameTerm("digitaliseringen", "digitalisere");
        assertSameTerm("kommunerne", "kommune", "kommunens");
    }

    @Test
    void spellingsWithoutDanishLettersMeetTheDanishOnes() {
        assertSameTerm("København", "Kobenhavn", "KØBENHAVN");
        assertSameTerm("Århus", "Aarhus", "Arhus");
        assertSameTerm("værktøj", "vaerktoej", "værktoj");
        assertSameTerm("Købstæder", "Kobstaeder", "købstad");
    }

    @Test
    void shortWordsAndStopWordsAreLeftAlone() {
        assertThat(terms("ting")).containsExactly("ting");
        assertThat(terms("kring")).containsExactly("kring");
        assertThat(terms("og i at det")).isEmpty();
        assertSameTerm("OS2forms", "os2form");
    }

    private void assertSameTerm(String first, String... others) {
        List<String> expected = terms(first);
        assertThat(expected).hasSize(1);
        for (String other : others) {
            assertThat(terms(other)).as(other + " like " + first).isEqualTo(expected);
        }
    }

    private List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (var stream = analyzer.tokenStream("f", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return terms;
    }
}
