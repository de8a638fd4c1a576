package dk.samvirke.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailmapTest {

    private final Mailmap mailmap = Mailmap.parse("""
            Proper Name <proper@example.org>
            <proper@example.org> <old@example.org>
            Other Person <other@example.org> <shared@example.org>
            Named Person <named@example.org> Commit Name <shared@example.org>
            # Commented <c@example.org> <anne@example.org>
            """);

    @Test
    void appliesTheFourFormsIgnoringCase() {
        assertThat(mailmap.map("whoever", "Proper@Example.org")).isEqualTo(new Mailmap.Identity("Proper Name", "Proper@Example.org"));
        assertThat(mailmap.map("Old", "OLD@example.org")).isEqualTo(new Mailmap.Identity("Old", "proper@example.org"));
        assertThat(mailmap.map("someone", "shared@example.org")).isEqualTo(new Mailmap.Identity("Other Person", "other@example.org"));
        assertThat(mailmap.map("COMMIT name", "Shared@example.org"))
                .isEqualTo(new Mailmap.Identity("Named Person", "named@example.org"));
        assertThat(mailmap.map("Anne", "anne@example.org")).isEqualTo(new Mailmap.Identity("Anne", "anne@example.org"));
    }

    @Test
    void laterLinesWin() {
        var later = Mailmap.parse("A <a@x.org>\nB <a@x.org>\n");
        assertThat(later.map("z", "a@x.org").name()).isEqualTo("B");
    }
}
