package dk.samvirke.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The Danish analysis, as the Lucene backend runs it: words that should meet, meet; words that should not, stay apart. */
class DanishAnalysisTest {

    private static final Analyzer TEXT = DanishAnalysis.text();
    private static final Analyzer TEXT_QUERY = DanishAnalysis.textQuery();
    private static final Analyzer NAME_PARTS = DanishAnalysis.nameParts();
    private static final Analyzer NAME_PARTS_QUERY = DanishAnalysis.namePartsQuery();

    @Test
    void verbalNounsMeetTheirVerbs() {
        assertSameTerm("opgraderingen", "opgradere", "opgraderinger", "opgraderet", "opgradering");
        assertSameTerm("digitaliseringen", "digitalisere");
        assertSameTerm("kommunerne", "kommune", "kommunens");
    }

    @Test
    void spellingsWithoutDanishLettersMeetTheDanishOnes() {
        assertSameTerm("København", "Kobenhavn", "KØBENHAVN", "Koebenhavn");
        assertSameTerm("Århus", "Aarhus", "Arhus");
        assertSameTerm("værktøj", "vaerktoej", "værktoj");
        assertSameTerm("Købstæder", "Kobstaeder", "købstad");
    }

    @Test
    void shortWordsAndStopWordsAreLeftAlone() {
        assertThat(terms(TEXT_QUERY, "ting")).containsExactly("ting");
        assertThat(terms(TEXT_QUERY, "kring")).containsExactly("kring");
        assertThat(terms(TEXT_QUERY, "og i at det")).isEmpty();
        assertSameTerm("OS2forms", "os2form");
    }

    @Test
    void compoundsAreFoundByTheirListedPartsButQueriesAreNotSplit() {
        assertThat(finds("service", "Borgerservice")).isTrue();
        assertThat(finds("borger", "borgerservicen")).isTrue();
        assertThat(finds("løsningen", "selvbetjeningsløsning")).as("across the linking s").isTrue();
        assertThat(finds("selvbetjening", "selvbetjeningsløsningerne")).isTrue();
        assertThat(finds("skoledata", "skoledata")).isTrue();
        // Unlisted parts stay unsplit; a word hiding a part that is not on the list is not split either.
        assertThat(finds("tavle", "opslagstavle")).isFalse();
        assertThat(finds("elev", "relevant")).isFalse();
        // A compound asked for finds the compound, not everything with one of its parts.
        assertThat(finds("borgerservice", "service")).isFalse();
    }

    @Test
    void namesAreFoundByTheirPartsAndTheirBeginnings() {
        assertThat(findsName("loop", "OS2loop")).isTrue();
        assertThat(findsName("borgerpc", "OS2borgerPC")).isTrue();
        assertThat(findsName("borger pc", "OS2borgerPC")).isTrue();
        assertThat(findsName("persondata", "OS2persondata")).isTrue();
        assertThat(findsName("person", "OS2persondata")).isTrue();
        assertThat(findsName("data", "OS2skoledata")).as("a listed part of a compound").isTrue();
        assertThat(findsName("os2bor", "OS2borgerPC")).isTrue();
        assertThat(findsName("hans", "Mette Hansen")).as("a stop word is a name's beginning here").isTrue();
        assertThat(findsName("frederiks", "Frederiksberg Kommune")).isTrue();
        assertThat(findsName("kobenh", "Københavns Kommune")).isTrue();
        assertThat(findsName("høje taastrup", "Høje-Taastrup Kommune")).isTrue();
        // Beginnings, not any inner piece, and never a single letter.
        assertThat(findsName("oop", "OS2loop")).isFalse();
        assertThat(findsName("rgerpc", "OS2borgerPC")).isFalse();
        assertThat(findsName("o", "OS2loop")).isFalse();
    }

    @Test
    void theCompoundPartsAreLowerCaseWordsOfFourLettersOrMore() {
        List<String> parts = DanishAnalysis.compoundParts();
        assertThat(parts).hasSizeGreaterThan(50).contains("borger", "service", "data", "løsning")
                .doesNotContain("elev", "rolle", "læring")
                .allSatisfy(part -> assertThat(part).matches("\\p{Ll}{4,}"));
    }

    private static void assertSameTerm(String first, String... others) {
        List<String> expected = terms(TEXT_QUERY, first);
        assertThat(expected).hasSize(1);
        for (String other : others) {
            assertThat(terms(TEXT_QUERY, other)).as(other + " like " + first).isEqualTo(expected);
            assertThat(terms(TEXT, other)).as(other + " indexed").contains(expected.get(0));
        }
    }

    /** Whether every word of the query meets a term of the text, as a full-text field would find it. */
    private static boolean finds(String query, String text) {
        return terms(TEXT, text).containsAll(terms(TEXT_QUERY, query));
    }

    private static boolean findsName(String query, String name) {
        List<String> words = terms(NAME_PARTS_QUERY, query);
        return !words.isEmpty() && terms(NAME_PARTS, name).containsAll(words);
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (var stream = analyzer.tokenStream("f", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
