package dk.samvirke.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markdown indexed as the text a reader sees, blocks apart, nothing of the syntax left. */
class MarkdownTextTest {

    private static final String P = String.valueOf(Highlighted.PARAGRAPH);

    @Test
    void emphasisLinksImagesAndCodeReadAsText() {
        assertThat(MarkdownText.plain("Log ind med **MitID** og _NemLog-in_, ~~ikke~~ [vejledningen](https://x.dk \"titel\")."))
                .isEqualTo("Log ind med MitID og NemLog-in, ikke vejledningen.");
        assertThat(MarkdownText.plain("Kør `os2 --help` og se ![skærmbilledet](https://x.dk/a.png) eller <https://os2.eu>."))
                .isEqualTo("Kør os2 --help og se skærmbilledet eller https://os2.eu.");
        assertThat(MarkdownText.plain("Rå <b>HTML</b> står som tekst")).isEqualTo("Rå <b>HTML</b> står som tekst");
    }

    @Test
    void blocksAreSeparatedAndSoftLineBreaksAreSpaces() {
        assertThat(MarkdownText.plain("## Overskrift\n\nFørste linje\nanden linje.\n\n* et\n* to\n\n```\nkode\n```\n\n| a | b |\n|---|---|\n| c | d |"))
                .isEqualTo("Overskrift" + P + "Første linje anden linje." + P + "et" + P + "to" + P + "kode" + P
                        + "a b" + P + "c d");
        assertThat(MarkdownText.plain("  ")).isEqualTo("  ");
        assertThat(MarkdownText.plain(null)).isNull();
    }

    @Test
    void aSnippetShowsTheSeparatorsAsSpaces() {
        var passage = java.util.List.of(new Highlighted.Segment("Overskrift" + P + "Log ind med ", false),
                new Highlighted.Segment("MitID", true), new Highlighted.Segment("." + P, false));
        assertThat(Highlighted.of(passage).html()).isEqualTo("Overskrift Log ind med <mark>MitID</mark>.");
    }
}
