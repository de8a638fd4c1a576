package dk.samvirke.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a search found, marked in a result's stored text as the index analysed it. */
class MarkingTest {

    private static final Set<String> TEXT = Set.of(SearchFields.NAME, SearchFields.SUMMARY);
    private static final Set<String> NAMES = Set.of(SearchFields.NAME);

    private static String marked(String query, String field, String... values) {
        return Marking.of(TEXT, NAMES, query).mark(field, List.of(values)).html();
    }

    @Test
    void aWordIsMarkedWhereTheIndexFoundItAWholeCompoundForItsPart() {
        assertThat(marked("system", SearchFields.NAME, "Datasystem 774")).isEqualTo("<mark>Datasystem</mark> 774");
        assertThat(marked("opgraderingen", SearchFields.SUMMARY, "Let at opgradere."))
                .isEqualTo("Let at <mark>opgradere</mark>.");
        assertThat(marked("kobenhavn", SearchFields.NAME, "Københavns Kommune"))
                .isEqualTo("<mark>Københavns</mark> Kommune");
    }

    @Test
    void aNamesPartsTwinMarksThePartOrBeginningFound() {
        String parts = SearchFields.parts(SearchFields.NAME);
        assertThat(marked("loop", parts, "OS2loop")).isEqualTo("OS2<mark>loop</mark>");
        assertThat(marked("borgerp", parts, "OS2borgerPC")).isEqualTo("OS2<mark>borgerPC</mark>");
        assertThat(marked("loop", SearchFields.NAME, "OS2loop")).as("the full-text field does not split names")
                .isEqualTo("OS2loop");
    }

    @Test
    void aWordTheAnalysisSplitsIsMarkedOnlyWhereAllItsPartsAre() {
        assertThat(marked("product-1", SearchFields.NAME, "Kulturplatform 1")).isEqualTo("Kulturplatform 1");
        assertThat(marked("product-1", SearchFields.NAME, "Product 1"))
                .isEqualTo("<mark>Product</mark> <mark>1</mark>");
    }

    @Test
    void excludedWordsAreNotMarkedPrefixesMarkWhatTheyBegin() {
        assertThat(marked("sundhed -data", SearchFields.SUMMARY, "Sundhed og data."))
                .isEqualTo("<mark>Sundhed</mark> og data.");
        assertThat(marked("opgrad*", SearchFields.SUMMARY, "Vi opgraderer systemet."))
                .isEqualTo("Vi <mark>opgraderer</mark> systemet.");
    }

    @Test
    void theSnippetIsTheSentenceWithMostOfTheWordsOfAnyValue() {
        assertThat(marked("mitid", SearchFields.SUMMARY, "Først dette. Log ind med MitID her. Så det sidste."))
                .isEqualTo("Log ind med <mark>MitID</mark> her.");
        assertThat(marked("mitid formular", SearchFields.SUMMARY,
                "MitID virker. Udfyld formularen efter MitID. Slut."))
                .isEqualTo("Udfyld <mark>formularen</mark> efter <mark>MitID</mark>.");
        assertThat(marked("mitid", SearchFields.SUMMARY, "Ingen træf her.", "Her er MitID."))
                .isEqualTo("Her er <mark>MitID</mark>.");
        assertThat(marked("mitid", SearchFields.SUMMARY, "Overskrift" + Highlighted.PARAGRAPH + "Log ind med MitID."))
                .as("a Markdown block ends a passage").isEqualTo("Log ind med <mark>MitID</mark>.");
    }

    @Test
    void withoutAMatchTheFirstValueIsShownAsItIsAndAFieldNotSearchedIsNotMarked() {
        assertThat(marked("mitid", SearchFields.SUMMARY, " ", "Intet her.", "Andet.")).isEqualTo("Intet her.");
        assertThat(marked("mitid", SearchFields.TITLE, "MitID")).isEqualTo("MitID");
        assertThat(Marking.of(TEXT, NAMES, "mitid").mark(SearchFields.SUMMARY, List.of()).isEmpty()).isTrue();
        assertThat(marked("fed", SearchFields.SUMMARY, "<b>fed</b>")).isEqualTo("&lt;b&gt;<mark>fed</mark>&lt;/b&gt;");
        String longText = "Intet her. ".repeat(Marking.ANALYSED_LENGTH / 11 + 1) + "Her er MitID.";
        assertThat(marked("mitid", SearchFields.SUMMARY, longText)).as("only the start of a long text is read")
                .doesNotContain("<mark>").startsWith("Intet her.");
    }

    @Test
    void theQueryIsReadAsTheSimpleQueryStringReadsIt() {
        var words = QueryWords.of("a +b | \"c d\" -e -(f g) h~2 i* \\-j -\"k l\" m");
        assertThat(words.words()).containsExactly("a", "b", "c", "d", "h", "-j", "m");
        assertThat(words.prefixes()).containsExactly("i");
        for (String odd : new String[] {"\\", "((((", "-", "\"", "*", "~", "-(", "a\\", "\u0000", "\"unclosed"}) {
            assertThat(marked(odd, SearchFields.SUMMARY, "Tekst uden noget.")).as(odd).isEqualTo("Tekst uden noget.");
        }
    }
}
