package dk.samvirke.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The language check itself: it fails on the mixed pages the issue found, and lets pure ones and marked quotes pass. */
class LanguagePurityTest {

    @RegisterExtension
    static final ChromiumSession chromium = ChromiumSession.start();

    private java.util.List<String> problems(String lang, String body) {
        String html = "<!DOCTYPE html><html lang='" + lang + "'><head><title>t</title></head><body>" + body + "</body></html>";
        chromium.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));
        return LanguagePurity.problems(chromium.driver());
    }

    @Test
    void findsTheOtherLanguageKeysRolesAndDates() {
        assertThat(problems("da", "<p>Uændret: Unchanged since the last harvest</p>")).hasSize(1);
        assertThat(problems("da", "<p>Generelt (1 topics)</p>")).hasSize(1);
        assertThat(problems("da", "<li>organisation-admin: aarhus-kommune</li>")).hasSize(1);
        assertThat(problems("da", "<p>??forum.replies_da??</p>")).hasSize(1);
        assertThat(problems("en", "<p>General (1 tråde)</p>")).hasSize(1);
        assertThat(problems("en", "<p>Adopted 1. December 2026</p>")).hasSize(1);
        assertThat(problems("en", "<button aria-label='Søg'>x</button>")).hasSize(1);
    }

    @Test
    void letsPurePagesAndMarkedQuotesPass() {
        assertThat(problems("da", "<p>Generelt (1 tråd) · 1. december 2026 · <span lang='en'>Connection refused: Fetching</span></p>"
                + "<a lang='en' href='#'>English</a><code>Search</code>")).isEmpty();
        assertThat(problems("en", "<p>General (1 topic) · 1 December 2026 · Aarhus Kommune · <a lang='da' href='#'>Dansk</a></p>"))
                .isEmpty();
    }
}
