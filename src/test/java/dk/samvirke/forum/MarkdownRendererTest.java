package dk.samvirke.forum;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/** The rendering alone: every vector of the corpus comes out inert, and ordinary Markdown survives. */
class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest
    @FieldSource("dk.samvirke.forum.XssCorpus#VECTORS")
    void nothingInThePostExecutes(String vector) {
        String html = renderer.toHtml("Før\n\n" + vector + "\n\nEfter");
        assertThat(ExecutableMarkup.inFragment(html)).as(html).isEmpty();
        // What the corpus writes as text may be shown as text (escaped); it must never be markup.
        assertThat(html.toLowerCase()).doesNotContain("<script", "<svg", "<iframe", "<img", "<style", "<object");
    }

    @Test
    void safeLinksSurviveWithRelAndNoTarget() {
        String html = renderer.toHtml("Se [vejledningen](https://os2.eu/vejledning?a=1&b=2), "
                + "[mail](mailto:it@aarhus.dk), <https://github.com/OS2mo> og www.example.org.");
        assertThat(html).contains("href=\"https://os2.eu/vejledning?a&#61;1&amp;b&#61;2\"")
                .contains("href=\"mailto:it&#64;aarhus.dk\"")
                .contains("href=\"https://github.com/OS2mo\"")
                .contains("href=\"http://www.example.org\"")
                .contains("rel=\"nofollow noopener\"")
                .doesNotContain("target=");
    }

    @Test
    void markdownBlocksAreKept() {
        String html = renderer.toHtml("""
                # Overskrift

                > citat

                1. en
                2. to

                ```java
                var x = "<b>";
                ```

                | a | b |
                |---|---|
                | 1 | 2 |

                ~~gammelt~~ **fed** *kursiv* `kode`
                """);
        assertThat(html).contains("<h3>Overskrift</h3>", "<blockquote>", "<ol>", "<li>en</li>",
                "<pre><code class=\"language-java\">var x &#61; &#34;&lt;b&gt;&#34;;", "<table>", "<td>1</td>",
                "<del>gammelt</del>", "<strong>fed</strong>", "<em>kursiv</em>", "<code>kode</code>");
    }

    @Test
    void rawHtmlIsShownAsTextNotMarkup() {
        assertThat(renderer.toHtml("<b>fed</b>")).isEqualTo("<p>&lt;b&gt;fed&lt;/b&gt;</p>\n");
    }

    @Test
    void imagesBecomeLinksAndOnlyWebAddressesStay() {
        assertThat(renderer.toHtml("![logo](https://example.org/logo.png)"))
                .contains("<a href=\"https://example.org/logo.png\" rel=\"nofollow noopener\">logo</a>")
                .doesNotContain("<img");
    }
}
