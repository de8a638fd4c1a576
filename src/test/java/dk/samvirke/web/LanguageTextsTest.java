package dk.samvirke.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.web.harvest.HarvestMessages;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import dk.samvirke.support.IntegrationTest;

/** Plurals by ICU per language, dates as each language writes them, the harvester's words translated. */
@IntegrationTest
class LanguageTextsTest {

    static final Locale DA = Locale.forLanguageTag("da");

    @Autowired
    MessageSource messages;
    @Autowired
    HarvestMessages harvest;

    @Test
    void pluralsFollowEachLanguagesRules() {
        assertThat(messages.getMessage("forum.replies", new Object[] {1}, Locale.ENGLISH)).isEqualTo("1 reply");
        assertThat(messages.getMessage("forum.replies", new Object[] {2}, Locale.ENGLISH)).isEqualTo("2 replies");
        assertThat(messages.getMessage("forum.replies", new Object[] {1}, DA)).isEqualTo("1 svar");
        assertThat(messages.getMessage("forum.topicCount", new Object[] {1}, DA)).isEqualTo("(1 tråd)");
        assertThat(messages.getMessage("forum.topicCount", new Object[] {3}, DA)).isEqualTo("(3 tråde)");
        assertThat(messages.getMessage("forum.topicCount", new Object[] {1}, Locale.ENGLISH)).isEqualTo("(1 topic)");
        assertThat(messages.getMessage("home.headline", new Object[] {1, 25, 4}, DA)).isEqualTo("1 medlem — 25 % af de 4 kommuner");
        // The classic choice format and doubled apostrophes keep working.
        assertThat(messages.getMessage("catalogue.results", new Object[] {1}, Locale.ENGLISH)).isEqualTo("1 product");
        assertThat(messages.getMessage("product.users.more", new Object[] {3}, DA)).contains("API'et");
    }

    @Test
    void datesAreWrittenTheWayEachLanguageDoes() {
        var day = LocalDate.of(2026, 12, 1);
        assertThat(Dates.of(DA).date(day)).isEqualTo("1. december 2026");
        assertThat(Dates.of(Locale.ENGLISH).date(day)).isEqualTo("1 December 2026");
        assertThat(Dates.of(Locale.ENGLISH).fromIso("2026-12-01T10:15:02.987654321")).contains("1 December 2026 10:15");
    }

    @Test
    void theHarvestersWordsAreTranslated() {
        assertThat(harvest.text("The address 127.0.0.1 is not a public internet address", DA))
                .isEqualTo("Adressen 127.0.0.1 er ikke en offentlig internetadresse");
        assertThat(harvest.text("Unchanged since the last harvest: main at 1a2b3c4d5e; 1 releases", DA))
                .isEqualTo("Uændret siden sidste høst: main på 1a2b3c4d5e; 1 udgivelse");
        assertThat(harvest.text("Unchanged since the last harvest: main at 1a2b3c4d5e; 1 releases", Locale.ENGLISH))
                .isEqualTo("Unchanged since the last harvest: main at 1a2b3c4d5e; 1 release");
        assertThat(harvest.text("Harvested main at 1a2b3c4d5e: 12 commits by 3 authors (counted in full); 0 releases; publiccode.yml found", DA))
                .isEqualTo("Høstet main på 1a2b3c4d5e: 12 commits af 3 forfattere (talt helt); 0 udgivelser; publiccode.yml fundet");
    }
}
